using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations walked a third time as students typed them, read as a career counselor would: the meetings
/// counted as they happened, a part taken out staying out with what leaned on it, no word twice in a row, nothing
/// said for the recruiter, the name to sign with asked once the reply's goal is known, and a goal changed over a draft.
/// </summary>
public sealed partial class Walk3TranscriptTests
{
    private static readonly IntakeAnswers PhoneScreen = new() { Stage = RejectionStage.ScreeningCall, Contact = "Jordan Lee" };

    [Fact]
    public async Task One_phone_screen_is_never_thanked_as_several_conversations()
    {
        var failures = new List<string>();
        foreach (var draft in await Drafts(RejectionStage.ScreeningCall))
        {
            if (SeveralMeetings().Match(draft) is { Success: true } several)
            {
                failures.Add($"\"{several.Value}\":\n{draft}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    [Fact]
    public async Task The_rubric_says_when_one_call_is_counted_as_several()
    {
        var @case = NewCase(RejectionStage.ScreeningCall);
        var draft = "Dear Contoso hiring team,\n\nThank you for the call about the Data Analyst role. Preparing for our conversations taught me a great deal.\n\n"
            + "I would welcome future openings at Contoso.\n\nBest regards,\nAlex Kim";

        var verdict = DraftRubric.Check(draft, new DraftRequest(@case, ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Alex Kim"));

        Assert.Contains(verdict.Failures, failure => failure.StartsWith("wrong-count:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("take out the part asking for feedback")]
    [InlineData("delete the line about feedback")]
    public async Task Taking_out_the_feedback_ask_takes_out_what_leans_on_it(string typed)
    {
        await using var chat = TestConversation.Start();
        await ReachFeedbackDraft(chat, PhoneScreen);

        var revised = await chat.Say(typed);

        revised.Says(ReplyDialog.RevisedDraftIntro).DoesNotSay(ReplyDialog.CantDoThat);
        var body = string.Join(' ', DraftRemoval.BodyOf(revised.Draft));
        Assert.DoesNotMatch(FeedbackLeaning(), body);
    }

    [Theory]
    [InlineData(ReplyDialog.Warmer)]
    [InlineData(ReplyDialog.MoreFormal)]
    [InlineData(ReplyDialog.Shorter)]
    public async Task A_paragraph_taken_out_does_not_come_back_reworded_in_a_later_version(string later)
    {
        await using var chat = TestConversation.Start();
        var first = await chat.ReachFirstDraft(PhoneScreen);
        var paragraphs = DraftRemoval.BodyOf(first.Draft).Count;

        var removed = await chat.Say("take out the second paragraph");
        Assert.Equal(paragraphs - 1, DraftRemoval.BodyOf(removed.Draft).Count);
        var revised = await chat.Say(later);

        Assert.True(DraftRemoval.BodyOf(revised.Draft).Count < paragraphs, revised.Draft);
    }

    [Fact]
    public async Task No_built_in_draft_says_call_or_role_in_two_sentences_in_a_row()
    {
        var failures = new List<string>();
        foreach (var stage in Enum.GetValues<RejectionStage>())
        {
            foreach (var draft in await Drafts(stage))
            {
                var sentences = SentenceEnd().Split(string.Join(' ', DraftRemoval.BodyOf(draft)));
                for (var i = 1; i < sentences.Length; i++)
                {
                    foreach (var word in (string[])["call", "role"])
                    {
                        if (HasWord(sentences[i - 1], word) && HasWord(sentences[i], word))
                        {
                            failures.Add($"\"{word}\" in \"{sentences[i - 1]}\" and \"{sentences[i]}\"");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(5)));
    }

    [Theory]
    [InlineData("Thank you for the call about the Data Analyst role. Our call gave me a clearer picture of the work.", "call")]
    [InlineData("Thank you for considering me for the Data Analyst role. Where do things stand with the role?", "role")]
    public void The_rubric_names_a_short_word_said_in_two_sentences_in_a_row(string sentences, string word)
    {
        var draft = $"Dear Contoso hiring team,\n\n{sentences} I would welcome future openings at Contoso.\n\nBest regards,\nAlex Kim";

        var verdict = DraftRubric.Check(draft, new DraftRequest(NewCase(RejectionStage.ScreeningCall), ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Alex Kim"));

        Assert.Contains($"repeated-word: \"{word}\" in consecutive sentences", verdict.Failures);
    }

    [Theory]
    [InlineData("I know this cannot have been an easy call.")] // what the recruiter felt
    [InlineData("I understand these decisions are not made lightly.")]
    [InlineData("I know your hands were tied.")] // why they decided
    [InlineData("I will apply again next year.")] // what the person will do
    public void The_rubric_names_a_sentence_that_presumes(string presuming)
    {
        var draft = $"Dear Contoso hiring team,\n\nI appreciated our chat about the Data Analyst role. {presuming}\n\nI would welcome future openings at Contoso.\n\nBest regards,\nAlex Kim";

        var verdict = DraftRubric.Check(draft, new DraftRequest(NewCase(RejectionStage.Interview), ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Alex Kim"));

        Assert.Contains(verdict.Failures, failure => failure.StartsWith("presumes:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_withdrawn_offer_is_answered_without_saying_what_the_recruiter_felt()
    {
        var @case = NewCase(RejectionStage.OfferRescinded);
        var failures = new List<string>();
        foreach (var goal in StageAdvice.GoalsFor(@case))
        {
            foreach (var draft in await Drafts(RejectionStage.OfferRescinded, goal))
            {
                if (RecruiterFelt().Match(draft) is { Success: true } presumed)
                {
                    failures.Add($"\"{presumed.Value}\":\n{draft}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    [Fact]
    public async Task The_name_to_sign_with_is_asked_after_the_goal_and_only_once()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        (await chat.TellWhatHappened(PhoneScreen)).Asks(CheckInDialog.FeelingPrompt);

        var goals = (await chat.Say("Disappointed")).DoesNotSay(ReplyDialog.SignaturePrompt).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);
        (await chat.Say("Maya Chen")).Says(ReplyDialog.FirstDraftIntro).Asks(ReplyDialog.RevisePrompt);

        var again = (await chat.Say(ReplyDialog.StartAgain)).Asks(ReplyDialog.GoalPrompt);
        var second = (await chat.Say(again.Buttons[1])).DoesNotSay(ReplyDialog.SignaturePrompt).Asks(ReplyDialog.RevisePrompt);
        Assert.EndsWith("\nMaya Chen", second.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_changed_over_a_draft_rewrites_the_draft_for_it()
    {
        await using var chat = TestConversation.Start();
        var goals = await chat.ReachGoal(new IntakeAnswers { Stage = RejectionStage.FinalRound });
        var thanks = await chat.Sign(await chat.Say(Walkthrough.Label(Choices.Goals, ReplyGoal.ThankAndStayConnected)));
        Assert.DoesNotContain("feedback", thanks.Draft, StringComparison.OrdinalIgnoreCase);

        var revised = await chat.Say("actually i'd rather just ask for feedback");

        revised.DoesNotSay(ReplyDialog.CantDoThat).Says(ReplyDialog.RevisedDraftIntro).Asks(ReplyDialog.RevisePrompt);
        Assert.Contains("feedback", revised.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Asking_for_the_first_offer_back_does_not_accept_that_the_talks_are_over()
    {
        var failures = new List<string>();
        foreach (var draft in await Drafts(RejectionStage.NegotiationBrokeDown, ReplyGoal.TakeOriginalOffer))
        {
            if (OutcomeAccepted().Match(draft) is { Success: true } closing)
            {
                failures.Add($"\"{closing.Value}\":\n{draft}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    private static async Task<Replies> ReachFeedbackDraft(TestConversation chat, IntakeAnswers answers)
    {
        (await chat.ReachGoal(answers)).Asks(ReplyDialog.GoalPrompt);
        var drafted = await chat.Sign(await chat.Say(Walkthrough.Label(Choices.Goals, ReplyGoal.AskForFeedback)));
        return drafted.Says(ReplyDialog.FirstDraftIntro).Asks(ReplyDialog.RevisePrompt);
    }

    /// <summary>Every built-in draft of the case for each goal it offers (or the one given), in each feeling, tone, length and wording.</summary>
    private static async Task<List<string>> Drafts(RejectionStage stage, ReplyGoal? only = null)
    {
        var drafts = new List<string>();
        foreach (var feeling in Enum.GetValues<Feeling>())
        {
            foreach (var via in new[] { HeardVia.Email, HeardVia.Call, HeardVia.NoWord })
            {
                var told = NewCase(stage);
                told.Feeling = feeling;
                told.HeardVia = via;
                foreach (var goal in only is { } one ? [one] : StageAdvice.GoalsFor(told))
                {
                    foreach (var tone in Enum.GetValues<DraftTone>())
                    {
                        foreach (var (isShort, variant) in new[] { (false, 0), (false, 1), (true, 0), (true, 1) })
                        {
                            var style = new DraftStyle { Tone = tone, Short = isShort, Variant = variant };
                            drafts.Add(await new BuiltInDrafter().DraftAsync(new DraftRequest(told, goal, style, "Alex Kim"), CancellationToken.None));
                        }
                    }
                }
            }
        }

        return drafts;
    }

    private static RejectionCase NewCase(RejectionStage stage) => new()
    {
        Company = "Contoso",
        Role = "Data Analyst",
        Stage = stage,
        Situation = Situation.Rejected,
        HeardVia = HeardVia.Email,
        HeardWhen = HeardWhen.Today,
        Feeling = Feeling.Disappointed,
        Reason = stage == RejectionStage.OfferRescinded ? "a hiring freeze" : null,
        StartedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
    };

    private static bool HasWord(string sentence, string word) => Regex.IsMatch(sentence, $@"\b{word}s?\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\b(?:our|the)\s+(?:conversations|chats|calls|interviews)\b|\b(?:every|each)\s+(?:conversation|chat|call|interview)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeveralMeetings();

    /// <summary>What the feedback ask's neighbours say, which means nothing once it is gone.</summary>
    [GeneratedRegex(@"feedback|strengthen future|your view matters|(?:sentence|line) or two", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackLeaning();

    [GeneratedRegex(@"easy call|lightly|never easy|aren't easy|can't have been", RegexOptions.IgnoreCase)]
    private static partial Regex RecruiterFelt();

    /// <summary>Lines that take a decision as final: "Knowing the outcome lets me plan what comes next."</summary>
    [GeneratedRegex(@"outcome|plan what|clearly where|respect the decision|respect it\b|clarity|choice .{0,20} made|hoped otherwise", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeAccepted();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
