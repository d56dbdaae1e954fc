using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Tests.Coaching;

public class BuiltInDrafterTests
{
    private const string Company = "Contoso";
    private const string Role = "Data Analyst Intern";
    private const string Contact = "Jordan Lee";
    private const string Sender = "Alex Kim";

    private static readonly DraftTone[] Tones = Enum.GetValues<DraftTone>();

    /// <summary>Every tone, full and short.</summary>
    public static TheoryData<DraftTone, bool> TonesAndLengths { get; } = new()
    {
        { DraftTone.Neutral, false },
        { DraftTone.Warm, false },
        { DraftTone.Formal, false },
        { DraftTone.Neutral, true },
        { DraftTone.Warm, true },
        { DraftTone.Formal, true },
    };
    private static readonly RejectionStage[] AllStages = Enum.GetValues<RejectionStage>();

    /// <summary>Claims the drafter must never make up about the person.</summary>
    private static readonly Regex InventedClaim = new(
        @"\b(?:years?\s+of\s+experience|experience[ds]?|skills?|skilled|expert\w*|proven|track\s+record|led|lead|managed|built|developed|achieved|increased|delivered|award\w*|fluent|proficient)\b|%|\d",
        RegexOptions.IgnoreCase);

    private static readonly Regex Placeholder = new(@"\[[^\]]*\]|\{[^}]*\}|XYZ|_{3,}|<|>|\bTBD\b|\bN/A\b", RegexOptions.IgnoreCase);

    private static readonly Regex FeelingsOrSelfReference = new(
        @"\b(?:disappoint\w*|upset|sad|sadly|frustrat\w*|angry|hurt|devastat\w*|heartbroken|unfortunately|unfair|AI|artificial intelligence|language model|assistant|chatbot)\b",
        RegexOptions.IgnoreCase);

    /// <summary>Every goal with every stage it makes sense for: the rescinded-offer question only after a rescinded offer.</summary>
    public static TheoryData<ReplyGoal, RejectionStage> SensibleGoalsAndStages()
    {
        var data = new TheoryData<ReplyGoal, RejectionStage>();
        foreach (var goal in new[] { ReplyGoal.ThankAndStayConnected, ReplyGoal.AskForFeedback, ReplyGoal.OneLastPitch })
        {
            foreach (var stage in AllStages)
            {
                data.Add(goal, stage);
            }
        }

        data.Add(ReplyGoal.AskAboutRescindedOffer, RejectionStage.OfferRescinded);
        return data;
    }

    public static TheoryData<ReplyGoal, RejectionStage, DraftTone, bool> SensibleCombinations()
    {
        var data = new TheoryData<ReplyGoal, RejectionStage, DraftTone, bool>();
        foreach (var (goal, stage) in SensibleGoalsAndStages().Select(row => ((ReplyGoal)row[0], (RejectionStage)row[1])))
        {
            foreach (var tone in Tones)
            {
                data.Add(goal, stage, tone, false);
                data.Add(goal, stage, tone, true);
            }
        }

        return data;
    }

    // ----- Facts, thanks and goal content -----

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task Every_sensible_combination_names_company_and_role_and_thanks_them(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        var text = await Draft(NewCase(stage), goal, tone, isShort);

        Assert.Contains(Company, text, StringComparison.Ordinal);
        Assert.Contains(Role, text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\b(?:thank|grateful|appreciat)", RegexOptions.IgnoreCase), text);
    }

    [Theory]
    [InlineData(RejectionStage.Application, @"consider\w* (?:my (?:application|candidacy)|me) for the Data Analyst Intern role")]
    [InlineData(RejectionStage.ScreeningCall, @"(?:call|phone conversation|chat|speaking with me|opportunity to discuss) about the Data Analyst Intern role|discuss the Data Analyst Intern role")]
    [InlineData(RejectionStage.Interview, @"interview\w* (?:me )?for the Data Analyst Intern role")]
    [InlineData(RejectionStage.FinalRound, @"final-round interviews for the Data Analyst Intern role")]
    [InlineData(RejectionStage.OfferRescinded, @"(?:offer|message) (?:for|of|about|regarding) the Data Analyst Intern role|the Data Analyst Intern role (?:will not|won't|cannot)")]
    [InlineData(RejectionStage.NegotiationBrokeDown, @"(?:conversations|discussions|discussed)[\w ]* the Data Analyst Intern role")]
    public async Task Thanks_match_how_far_the_person_got(RejectionStage stage, string thanksFor)
    {
        foreach (var tone in Tones)
        {
            foreach (var isShort in new[] { false, true })
            {
                var text = await Draft(NewCase(stage), ReplyGoal.ThankAndStayConnected, tone, isShort);
                Assert.Matches(thanksFor, text);
            }
        }
    }

    [Theory]
    [InlineData(RejectionStage.Interview)]
    [InlineData(RejectionStage.FinalRound)]
    public async Task After_interviews_the_full_draft_says_what_the_person_took_from_meeting_the_team(RejectionStage stage)
    {
        var text = await Draft(NewCase(stage), ReplyGoal.ThankAndStayConnected);

        Assert.Matches(@"hearing more about the team|real (?:sense|feel) (?:of|for) the team|clearer (?:picture|understanding)|(?:much )?clearer picture", text);
    }

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task Only_the_feedback_goal_asks_for_feedback(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        var text = await Draft(NewCase(stage), goal, tone, isShort);

        if (goal == ReplyGoal.AskForFeedback)
        {
            Assert.Contains("feedback", text, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("(?:sentence|line) or two", text);
            if (!isShort)
            {
                Assert.Contains("strengthen future", text, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.DoesNotContain("feedback", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(RejectionStage.Application, "strengthen future applications")]
    [InlineData(RejectionStage.Interview, "strengthen future interviews")]
    [InlineData(RejectionStage.FinalRound, "strengthen future interviews")]
    public async Task Feedback_request_fits_the_stage(RejectionStage stage, string expected)
    {
        var text = await Draft(NewCase(stage), ReplyGoal.AskForFeedback);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task Feedback_request_makes_it_easy_to_say_no(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        if (goal != ReplyGoal.AskForFeedback)
        {
            return;
        }

        var text = await Draft(NewCase(stage), goal, tone, isShort);

        Assert.Matches(new Regex(@"understand if|no worries|if time allows", RegexOptions.IgnoreCase), text);
    }

    [Theory]
    [MemberData(nameof(TonesAndLengths))]
    public async Task Stay_connected_asks_to_be_considered_for_future_openings(DraftTone tone, bool isShort)
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, tone, isShort);

        Assert.Contains("future openings", text, StringComparison.Ordinal);
        Assert.Matches(@"in touch|new postings", text);
    }

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task LinkedIn_is_only_suggested_in_a_warm_full_stay_connected_draft(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        var text = await Draft(NewCase(stage), goal, tone, isShort);

        var expected = goal == ReplyGoal.ThankAndStayConnected && tone == DraftTone.Warm && !isShort;
        Assert.Equal(expected, text.Contains("LinkedIn", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TonesAndLengths))]
    public async Task Rescinded_offer_question_asks_for_the_reason_options_and_a_call_without_accusing(DraftTone tone, bool isShort)
    {
        var text = await Draft(NewCase(RejectionStage.OfferRescinded), ReplyGoal.AskAboutRescindedOffer, tone, isShort);

        Assert.Contains("reason", text, StringComparison.Ordinal);
        Assert.Contains("later start", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"another (?:role|position)|different role"), text);
        Assert.Matches(new Regex(@"\b(?:short|quick|brief) call\b"), text);
        Assert.DoesNotMatch(new Regex(@"why did you|unfair|unacceptable|breach|lawyer|legal|promised", RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public async Task Rescinded_offer_question_without_a_stage_never_thanks_for_the_offer()
    {
        var text = await Draft(NewCase(stage: null), ReplyGoal.AskAboutRescindedOffer);

        Assert.Contains("the Data Analyst Intern role", text, StringComparison.Ordinal);
        Assert.DoesNotContain("for the offer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReplyGoal.ThankAndStayConnected)]
    [InlineData(ReplyGoal.AskForFeedback)]
    [InlineData(ReplyGoal.OneLastPitch)]
    public async Task Unknown_stage_still_thanks_and_names_company_and_role(ReplyGoal goal)
    {
        foreach (var tone in Tones)
        {
            foreach (var isShort in new[] { false, true })
            {
                var text = await Draft(NewCase(stage: null), goal, tone, isShort);
                Assert.Contains("considering me for the Data Analyst Intern role", text, StringComparison.Ordinal);
                Assert.Contains("Contoso", text, StringComparison.Ordinal);
            }
        }
    }

    // ----- Honesty: own points are the only claims -----

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task Pitch_without_own_points_invents_nothing(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        if (goal != ReplyGoal.OneLastPitch)
        {
            return;
        }

        var text = await Draft(NewCase(stage), goal, tone, isShort);

        Assert.DoesNotMatch(InventedClaim, text);
        Assert.Matches(new Regex(@"interested in the [\w ]*(?:role|position)|keen on the [\w ]*(?:role|position)"), text);
        Assert.Contains("considered", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_draft_without_own_points_invents_anything()
    {
        foreach (var goal in Enum.GetValues<ReplyGoal>())
        {
            foreach (var tone in Tones)
            {
                foreach (var isShort in new[] { false, true })
                {
                    var text = await Draft(NewCase(RejectionStage.FinalRound), goal, tone, isShort);
                    Assert.DoesNotMatch(InventedClaim, text);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TonesAndLengths))]
    public async Task Pitch_uses_own_points_verbatim_and_claims_nothing_else(DraftTone tone, bool isShort)
    {
        string[] points = ["I built a Power BI dashboard used by 40 staff.", "Led the campus data club for two years"];

        var text = await Draft(NewCase(RejectionStage.FinalRound), ReplyGoal.OneLastPitch, tone, isShort, Sender, points);

        Assert.Contains("I built a Power BI dashboard used by 40 staff", text, StringComparison.Ordinal);
        Assert.Contains("Led the campus data club for two years", text, StringComparison.Ordinal);
        var withoutPoints = text
            .Replace("I built a Power BI dashboard used by 40 staff", string.Empty, StringComparison.Ordinal)
            .Replace("Led the campus data club for two years", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch(InventedClaim, withoutPoints);
        Assert.Matches(new Regex(@"\bfit\b|well suited"), text);
    }

    [Fact]
    public async Task Pitch_without_own_points_does_not_claim_a_fit()
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.OneLastPitch);

        Assert.DoesNotMatch(new Regex(@"\bfit\b|well suited|strong candidate", RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public async Task A_single_own_point_written_as_a_sentence_is_woven_in_with_one_full_stop()
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, DraftTone.Neutral, false, Sender, "I can start as early as September!");

        Assert.Contains("\n\nI can start as early as September.\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("One thing I would add", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_thing_to_mention_gets_a_lead_in()
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, DraftTone.Neutral, false, Sender, "my portfolio");

        Assert.Contains("\n\nI would also like to mention my portfolio.\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_own_point_that_is_not_a_sentence_gets_a_lead_in_and_one_full_stop()
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, DraftTone.Neutral, false, Sender, "the portfolio link in my CV!");

        Assert.Contains("\n\nI would also like to mention the portfolio link in my CV.\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_own_points_are_listed_in_the_order_given()
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.AskForFeedback, DraftTone.Neutral, false, Sender, "I finished my SQL course", "  ", "I am graduating in May.");

        Assert.Contains("\n\nI finished my SQL course. I am graduating in May.\n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SensibleGoalsAndStages))]
    public async Task Own_points_are_included_for_every_goal(ReplyGoal goal, RejectionStage stage)
    {
        foreach (var tone in Tones)
        {
            var text = await Draft(NewCase(stage), goal, tone, true, Sender, "I have since finished my Tableau certificate");
            Assert.Contains("I have since finished my Tableau certificate.", text, StringComparison.Ordinal);
        }
    }

    // ----- Shape, placeholders, tone, length -----

    [Fact]
    public async Task No_combination_leaves_a_placeholder_or_an_exclamation_mark()
    {
        foreach (var goal in Enum.GetValues<ReplyGoal>())
        {
            foreach (RejectionStage? stage in AllStages.Cast<RejectionStage?>().Append(null))
            {
                foreach (var tone in Tones)
                {
                    foreach (var isShort in new[] { false, true })
                    {
                        foreach (var (company, role, contact, sender) in MissingFactVariants())
                        {
                            var @case = NewCase(stage, company, role, contact);
                            var text = await Draft(@case, goal, tone, isShort, sender);

                            Assert.DoesNotMatch(Placeholder, text);
                            Assert.DoesNotContain("!", text, StringComparison.Ordinal);
                            Assert.DoesNotMatch(FeelingsOrSelfReference, text);
                            AssertWellFormed(text);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task Normal_drafts_are_brief_but_complete(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        if (isShort)
        {
            return;
        }

        var words = WordCount(await Draft(NewCase(stage, contact: Contact), goal, tone));

        // A later mention of the company is said in a word or two ("there"), and a single screening call is thanked as one
        // call with nothing presumed of it, so complete can be a little under 80.
        Assert.InRange(words, 70, 150);
    }

    [Theory]
    [MemberData(nameof(SensibleCombinations))]
    public async Task Short_drafts_are_at_most_sixty_percent_of_normal_with_two_to_four_body_sentences(ReplyGoal goal, RejectionStage stage, DraftTone tone, bool isShort)
    {
        if (!isShort)
        {
            return;
        }

        var normal = await Draft(NewCase(stage, contact: Contact), goal, tone);
        var brief = await Draft(NewCase(stage, contact: Contact), goal, tone, isShort: true);

        Assert.True(WordCount(brief) <= 0.6 * WordCount(normal), $"short {WordCount(brief)} vs normal {WordCount(normal)} words:\n{brief}");
        Assert.InRange(BodySentenceCount(brief), 2, 4);
        Assert.InRange(BodySentenceCount(normal), 4, 8);
    }

    [Theory]
    [InlineData(ReplyGoal.ThankAndStayConnected, false)]
    [InlineData(ReplyGoal.AskForFeedback, false)]
    [InlineData(ReplyGoal.OneLastPitch, false)]
    [InlineData(ReplyGoal.AskAboutRescindedOffer, false)]
    [InlineData(ReplyGoal.ThankAndStayConnected, true)]
    [InlineData(ReplyGoal.AskForFeedback, true)]
    [InlineData(ReplyGoal.OneLastPitch, true)]
    [InlineData(ReplyGoal.AskAboutRescindedOffer, true)]
    public async Task Tones_read_differently(ReplyGoal goal, bool isShort)
    {
        var stage = goal == ReplyGoal.AskAboutRescindedOffer ? RejectionStage.OfferRescinded : RejectionStage.Interview;
        var neutral = await Draft(NewCase(stage, contact: Contact), goal, DraftTone.Neutral, isShort);
        var warm = await Draft(NewCase(stage, contact: Contact), goal, DraftTone.Warm, isShort);
        var formal = await Draft(NewCase(stage, contact: Contact), goal, DraftTone.Formal, isShort);

        Assert.Equal(3, new[] { Body(neutral), Body(warm), Body(formal) }.Distinct().Count());

        Assert.StartsWith("Dear Jordan,\n\n", neutral, StringComparison.Ordinal);
        Assert.EndsWith("\n\nBest regards,\nAlex Kim", neutral, StringComparison.Ordinal);
        Assert.DoesNotContain("I'd", neutral, StringComparison.Ordinal);
        Assert.DoesNotContain("grateful", neutral, StringComparison.Ordinal);

        Assert.StartsWith("Hi Jordan,\n\n", warm, StringComparison.Ordinal);
        Assert.EndsWith("\n\nKind regards,\nAlex Kim", warm, StringComparison.Ordinal);
        Assert.Matches(@"\b(?:I'd|I'm|I've|I'll|Let's|\w+n't)\b|\bThanks\b", warm);
        Assert.DoesNotContain("grateful", warm, StringComparison.Ordinal);

        Assert.StartsWith("Dear Jordan,\n\n", formal, StringComparison.Ordinal);
        Assert.EndsWith("\n\nSincerely,\nAlex Kim", formal, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(?:I'd|I'm|I've|I'll|Let's|\w+n't)\b", formal);
    }

    [Fact]
    public async Task Short_and_normal_drafts_differ()
    {
        var normal = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.AskForFeedback);
        var brief = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.AskForFeedback, isShort: true);

        Assert.NotEqual(normal, brief);
        // The brief draft leaves out the closing paragraph (greeting, opening, ask, sign-off only).
        Assert.Equal(5, normal.Split("\n\n").Length);
        Assert.Equal(4, brief.Split("\n\n").Length);
    }

    [Fact]
    public async Task The_same_request_always_gives_the_same_draft()
    {
        var first = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.OneLastPitch, DraftTone.Warm, false, Sender, "I shipped two class projects in Python");
        var second = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.OneLastPitch, DraftTone.Warm, false, Sender, "I shipped two class projects in Python");

        Assert.Equal(first, second);
    }

    // ----- Greeting, sign-off and missing facts -----

    [Theory]
    [InlineData(DraftTone.Neutral, "Dear Jordan,")]
    [InlineData(DraftTone.Warm, "Hi Jordan,")]
    [InlineData(DraftTone.Formal, "Dear Jordan,")]
    public async Task Greeting_uses_the_contact_name(DraftTone tone, string greeting)
    {
        var text = await Draft(NewCase(RejectionStage.Interview, contact: " Jordan Lee "), ReplyGoal.ThankAndStayConnected, tone);

        Assert.StartsWith(greeting + "\n\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contoso", null, "Dear Contoso hiring team,")]
    [InlineData("Contoso", "  ", "Dear Contoso hiring team,")]
    [InlineData(null, null, "Dear hiring team,")]
    [InlineData("", "", "Dear hiring team,")]
    public async Task Greeting_without_a_contact_addresses_the_hiring_team(string? company, string? contact, string greeting)
    {
        foreach (var tone in Tones)
        {
            var text = await Draft(NewCase(RejectionStage.Interview, company, Role, contact), ReplyGoal.ThankAndStayConnected, tone);
            Assert.StartsWith(greeting + "\n\n", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_sender_name_the_draft_ends_at_the_sign_off(string? sender)
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, DraftTone.Formal, false, sender);

        Assert.EndsWith("\n\nSincerely,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sender_name_is_on_its_own_line_after_the_sign_off()
    {
        var text = await Draft(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, DraftTone.Neutral, true, "  Alex Kim ");

        Assert.EndsWith("\n\nBest regards,\nAlex Kim", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_role_is_phrased_around()
    {
        var text = await Draft(NewCase(RejectionStage.Interview, role: null), ReplyGoal.OneLastPitch);

        Assert.Matches(@"interview\w* (?:me )?for the Contoso position", text);
        // Named twice at most: a third mention is "the position" (CompanyMentions).
        Assert.Matches(@"(?:interested in|keen on|interest in|enthusiasm for) the (?:Contoso )?position", text);
        Assert.DoesNotContain(" role at", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_company_is_phrased_around()
    {
        var text = await Draft(NewCase(RejectionStage.Application, company: null), ReplyGoal.ThankAndStayConnected);

        Assert.StartsWith("Dear hiring team,\n\n", text, StringComparison.Ordinal);
        Assert.Matches(@"consider\w* (?:my (?:application|candidacy)|me) for the Data Analyst Intern role\.", text);
        Assert.Matches(@"with your team|the team", text);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_company_and_role_still_reads_naturally()
    {
        var text = await Draft(NewCase(RejectionStage.ScreeningCall, company: null, role: null), ReplyGoal.AskForFeedback, DraftTone.Neutral, isShort: true);

        Assert.StartsWith("Dear hiring team,\n\n", text, StringComparison.Ordinal);
        Assert.Matches(@"(?:call|phone conversation|chat|speaking with me) about the position|discuss the position", text);
        Assert.Contains("feedback", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@" at \w|Contoso|\brole\b", text);
        Assert.EndsWith("\n\nBest regards,\nAlex Kim", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Software Engineer position", "the Software Engineer role")]
    [InlineData("the Marketing Assistant role.", "the Marketing Assistant role")]
    [InlineData("  Junior Analyst  ", "the Junior Analyst role")]
    public async Task Role_text_is_tidied_before_use(string role, string expected)
    {
        var text = await Draft(NewCase(RejectionStage.Interview, role: role), ReplyGoal.ThankAndStayConnected);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DraftTone.Neutral)]
    [InlineData(DraftTone.Warm)]
    [InlineData(DraftTone.Formal)]
    public async Task Someone_who_never_heard_back_follows_up_instead_of_thanking_them_for_a_decision(DraftTone tone)
    {
        var ghosted = NewCase(RejectionStage.Interview);
        ghosted.HeardVia = HeardVia.NoWord;

        var text = await Draft(ghosted, ReplyGoal.ThankAndStayConnected, tone);

        Assert.DoesNotContain("decision", text, StringComparison.OrdinalIgnoreCase);
        // Whichever follow-up wording the letter's other words leave it.
        Assert.Matches(@"heard back|following up|checking in|reconnect", text);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_draft()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var request = new DraftRequest(NewCase(RejectionStage.Interview), ReplyGoal.AskForFeedback, new DraftStyle(), Sender);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new BuiltInDrafter().DraftAsync(request, cts.Token));
    }

    // ----- Helpers -----

    [Theory]
    [InlineData("Tech Consulting Graduate Scheme")]
    [InlineData("Analyst Program")]
    [InlineData("Summer Internship")]
    public async Task A_title_that_names_the_position_itself_takes_no_role_after_it(string role)
    {
        foreach (var goal in new[] { ReplyGoal.ThankAndStayConnected, ReplyGoal.AskForFeedback })
        {
            foreach (var tone in Tones)
            {
                var text = await Draft(NewCase(RejectionStage.FinalRound, role: role), goal, tone);

                Assert.Contains(role, text, StringComparison.Ordinal);
                Assert.DoesNotContain($"{role} role", text, StringComparison.Ordinal);
            }
        }

        var decline = new RejectionCase { Company = Company, Role = role, Situation = Situation.DeclinedOffer, Reason = "I accepted another offer" };
        Assert.DoesNotContain($"{role} role", await Draft(decline, ReplyGoal.DeclineOffer), StringComparison.Ordinal);
    }

    private static RejectionCase NewCase(RejectionStage? stage, string? company = Company, string? role = Role, string? contact = null) =>
        new() { Company = company, Role = role, Stage = stage, ContactName = contact };

    private static Task<string> Draft(
        RejectionCase @case,
        ReplyGoal goal,
        DraftTone tone = DraftTone.Neutral,
        bool isShort = false,
        string? sender = Sender,
        params string[] ownPoints)
    {
        var style = new DraftStyle { Tone = tone, Short = isShort, OwnPoints = [.. ownPoints] };
        return new BuiltInDrafter().DraftAsync(new DraftRequest(@case, goal, style, sender), CancellationToken.None);
    }

    private static IEnumerable<(string? Company, string? Role, string? Contact, string? Sender)> MissingFactVariants()
    {
        yield return (Company, Role, Contact, Sender);
        yield return (Company, Role, null, null);
        yield return (null, Role, null, Sender);
        yield return (Company, null, Contact, Sender);
        yield return (null, null, null, null);
        yield return ("  ", " ", " ", " ");
    }

    private static void AssertWellFormed(string text)
    {
        Assert.Matches(new Regex(@"^(?:Dear|Hi) [^\n]+,\n\n"), text);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" ,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subject:", text, StringComparison.Ordinal);
        Assert.Equal(text.Trim(), text);
        Assert.All(text.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
    }

    private static int WordCount(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The paragraphs between greeting and sign-off.</summary>
    private static string Body(string text)
    {
        var paragraphs = text.Split("\n\n");
        return string.Join("\n\n", paragraphs[1..^1]);
    }

    private static int BodySentenceCount(string text) =>
        Regex.Matches(Body(text), @"[.?](?:\s|$)").Count;
}
