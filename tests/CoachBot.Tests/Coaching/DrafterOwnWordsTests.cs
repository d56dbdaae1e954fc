using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Coaching.Scenarios;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Letters that do not read like a template, and never carry the person's chat words as they typed them:
/// a decline's reason is worded by its kind or left to the person, an added point is read and tidied or
/// left out, and the rubric refuses chat text whoever wrote the draft.
/// </summary>
public sealed class DrafterOwnWordsTests
{
    [Fact]
    public async Task No_sentence_of_any_built_in_draft_runs_past_ten_words_once_the_cases_facts_are_set_aside()
    {
        var tooLong = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var @case in BuiltInDraftRubricTests.Cases())
        {
            foreach (var goal in StageAdvice.GoalsFor(@case))
            {
                foreach (var tone in Enum.GetValues<DraftTone>())
                {
                    foreach (var isShort in new[] { false, true })
                    {
                        var draft = await Draft(@case, goal, new DraftStyle { Tone = tone, Short = isShort });
                        var facts = StoryDraft.Of("case", draft, @case, "Alex Kim").Facts;
                        foreach (var sentence in ScenarioWalk.BodySentences(draft))
                        {
                            if (SharedRuns.Words(SharedRuns.Normalize(sentence, facts)).Length > SharedRuns.MaxSharedWords)
                            {
                                tooLong.Add(SharedRuns.Normalize(sentence, facts).Trim());
                            }
                        }
                    }
                }
            }
        }

        Assert.True(tooLong.Count == 0, $"{tooLong.Count} wordings run past ten words:\n{string.Join("\n", tooLong)}");
    }

    [Theory]
    [InlineData("the pay is kinda low tbh", "salary|compensation")]
    [InlineData("honestly the salary they offered wont cover rent", "salary|compensation")]
    [InlineData("im moving back home to be near my parents", "family")]
    [InlineData("i said yes to a different company last week", "accepted")]
    [InlineData("I'd rather start my masters in the fall", "timing")]
    [InlineData("i want to go into a different field", "direction|fit")]
    [InlineData("my mum is sick and I need to look after her", "family")]
    public async Task A_declines_reason_is_worded_by_its_kind_never_pasted(string typed, string worded)
    {
        var @case = Declined(typed);
        var request = new DraftRequest(@case, ReplyGoal.DeclineOffer, new DraftStyle(), "Alex Kim");

        var draft = await new BuiltInDrafter().DraftAsync(request, CancellationToken.None);

        Assert.DoesNotContain(typed, draft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(worded.Split('|'), word => draft.Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.True(DraftRubric.Check(draft, request).Passed, $"{DraftRubric.Check(draft, request)}\n{draft}");
    }

    [Fact]
    public async Task A_reason_of_no_kind_is_left_out_with_a_neutral_line_and_the_person_is_told()
    {
        var @case = Declined("my gut says no and I can't really explain it");
        var request = new DraftRequest(@case, ReplyGoal.DeclineOffer, new DraftStyle(), "Alex Kim");

        var draft = await new BuiltInDrafter().DraftAsync(request, CancellationToken.None);

        Assert.DoesNotContain("gut", draft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("reflection on the team", draft, StringComparison.Ordinal);
        Assert.True(DeclineReasons.LeavesOut(@case, ReplyGoal.DeclineOffer));
        Assert.False(DeclineReasons.LeavesOut(Declined("I accepted another offer"), ReplyGoal.DeclineOffer));
    }

    [Theory]
    [InlineData("the pay is kinda low tbh")]
    [InlineData("i can start whenever u need")]
    [InlineData("gonna keep applying lol")]
    [InlineData("thanks for everything :)")]
    [InlineData("I really wanted this!!")]
    public void The_rubric_refuses_chat_text_in_a_letter(string typed)
    {
        var @case = new RejectionCase { Company = "Contoso", Role = "Data Analyst", Stage = RejectionStage.Interview, Situation = Situation.Rejected };
        var draft = $"Dear Contoso hiring team,\n\nThank you for the interviews for the Data Analyst role. {typed}\n\nI hope we stay in touch.\n\nBest regards,\nAlex Kim";

        var verdict = DraftRubric.Check(draft, new DraftRequest(@case, ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Alex Kim"));

        Assert.Contains(verdict.Failures, failure => failure.StartsWith("chat-text", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rubric_refuses_a_declines_reason_word_for_word()
    {
        var @case = Declined("the commute would be over two hours a day");
        var draft = "Dear Fabrikam hiring team,\n\nThank you for the offer for the Data Analyst role. After careful thought, I have decided to decline the offer. The commute would be over two hours a day.\n\nI hope we stay in touch.\n\nBest regards,\nAlex Kim";

        var verdict = DraftRubric.Check(draft, new DraftRequest(@case, ReplyGoal.DeclineOffer, new DraftStyle(), "Alex Kim"));

        Assert.Contains(verdict.Failures, failure => failure.StartsWith("pasted-reason", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i finished my sql course tbh", "I finished my sql course.")]
    [InlineData("honestly, I can start in June lol", "I can start in June.")]
    [InlineData("im graduating in may :)", "I'm graduating in may.")]
    public async Task An_added_point_is_read_and_tidied_before_it_goes_in(string typed, string written)
    {
        var draft = await Draft(Rejected(), ReplyGoal.ThankAndStayConnected, new DraftStyle { OwnPoints = [typed] });

        Assert.Contains(written, draft, StringComparison.Ordinal);
        Assert.Null(ChatRegister.Find(draft));
    }

    [Fact]
    public async Task A_point_that_still_reads_as_chat_is_left_out()
    {
        var draft = await Draft(Rejected(), ReplyGoal.ThankAndStayConnected, new DraftStyle { OwnPoints = ["i kinda wanna stay in touch"] });

        Assert.DoesNotContain("wanna", draft, StringComparison.Ordinal);
        Assert.Null(ChatRegister.Shape("i kinda wanna stay in touch"));
    }

    private static RejectionCase Rejected() => new()
    {
        Company = "Contoso",
        Role = "Data Analyst",
        Stage = RejectionStage.Interview,
        Situation = Situation.Rejected,
        HeardVia = HeardVia.Email,
        Feeling = Feeling.Disappointed,
    };

    private static RejectionCase Declined(string reason) => new()
    {
        Company = "Fabrikam",
        Role = "Data Analyst",
        Situation = Situation.DeclinedOffer,
        Reason = reason,
        Feeling = Feeling.Relieved,
    };

    private static Task<string> Draft(RejectionCase @case, ReplyGoal goal, DraftStyle style) =>
        new BuiltInDrafter().DraftAsync(new DraftRequest(@case, goal, style, "Alex Kim"), CancellationToken.None);
}
