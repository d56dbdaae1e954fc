using System.Text.RegularExpressions;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations walked a second time as students typed them, read as a career counselor would: a part of the
/// draft taken out when asked, two changes in one message both done (or the one not done said), a contact greeted
/// as a counselor greets them, a point kept above the closing wish, and no emphatic word said twice in one letter.
/// </summary>
public sealed partial class Walk2TranscriptTests
{
    private static readonly IntakeAnswers WithPriya = new() { Contact = "Priya Shah" };

    [Fact]
    public async Task A_contact_without_a_title_is_greeted_by_first_name_not_full_name()
    {
        await using var chat = TestConversation.Start();

        var first = await chat.ReachFirstDraft(WithPriya);

        Assert.StartsWith("Dear Priya,\n\n", first.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Take_out_the_last_paragraph_takes_it_out()
    {
        await using var chat = TestConversation.Start();
        var first = await chat.ReachFirstDraft(WithPriya);
        var last = DraftRemoval.BodyOf(first.Draft)[^1];

        var revised = await chat.Say("take out the last paragraph");

        revised.Says(ReplyDialog.RevisedDraftIntro).DoesNotSay(ReplyDialog.CantDoThat);
        Assert.DoesNotContain(last, revised.Draft, StringComparison.Ordinal);
        Assert.StartsWith("Dear Priya,", revised.Draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remove the sentence about the team", "team")]
    [InlineData("delete the line about feedback", "feedback")]
    public async Task A_sentence_named_by_what_it_is_about_is_taken_out(string typed, string about)
    {
        await using var chat = TestConversation.Start();
        var first = await ReachFeedbackDraft(chat);
        Assert.Contains(about, string.Join(' ', DraftRemoval.BodyOf(first.Draft)), StringComparison.OrdinalIgnoreCase);

        var revised = await chat.Say(typed);

        revised.Says(ReplyDialog.RevisedDraftIntro).DoesNotSay(ReplyDialog.CantDoThat);
        Assert.DoesNotContain(about, string.Join(' ', DraftRemoval.BodyOf(revised.Draft)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_changes_in_one_message_are_both_made()
    {
        await using var chat = TestConversation.Start();
        await ReachFeedbackDraft(chat);

        var revised = await chat.Say("change the greeting to Hi Hannah and take out the line about feedback");

        Assert.StartsWith("Hi Hannah,\n\n", revised.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("feedback", string.Join(' ', DraftRemoval.BodyOf(revised.Draft)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Of_two_changes_the_one_not_made_is_said_not_dropped()
    {
        await using var chat = TestConversation.Start();
        await ReachFeedbackDraft(chat);

        var revised = await chat.Say("change the greeting to Hi Hannah and take out the line about the weather");

        Assert.StartsWith("Hi Hannah,\n\n", revised.Draft, StringComparison.Ordinal);
        revised.Says("but not this one, which I can't do on my own: \"take out the line about the weather\"");
    }

    [Fact]
    public async Task A_part_taken_out_stays_out_when_the_draft_is_made_shorter()
    {
        await using var chat = TestConversation.Start();
        await ReachFeedbackDraft(chat);
        await chat.Say("delete the line about feedback");

        var shorter = await chat.Say(ReplyDialog.Shorter);

        Assert.DoesNotContain("feedback", string.Join(' ', DraftRemoval.BodyOf(shorter.Draft)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_added_point_never_comes_after_the_closing_wish()
    {
        var failures = new List<string>();
        foreach (var goal in StageAdvice.GoalsFor(NewCase()))
        {
            foreach (var tone in Enum.GetValues<DraftTone>())
            {
                foreach (var variant in new[] { 0, 1, 2, 3 })
                {
                    var style = new DraftStyle { Tone = tone, Short = true, Variant = variant, OwnPoints = ["I can start in June"] };
                    var draft = await new BuiltInDrafter().DraftAsync(new DraftRequest(NewCase(), goal, style, "Alex Kim"), CancellationToken.None);
                    var body = DraftRemoval.BodyOf(draft);
                    var point = body.ToList().FindIndex(paragraph => paragraph.Contains("I can start in June", StringComparison.Ordinal));
                    if (body.Take(point + 1).Any(paragraph => Wish().IsMatch(paragraph.Replace("I can start in June.", string.Empty, StringComparison.Ordinal))))
                    {
                        failures.Add($"{goal}/{tone}/v{variant}:\n{draft}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task No_built_in_draft_says_an_adverb_twice_or_a_word_and_its_comparative()
    {
        var failures = new List<string>();
        foreach (var @case in BuiltInDraftRubricTests.Cases())
        {
            foreach (var goal in StageAdvice.GoalsFor(@case))
            {
                foreach (var tone in Enum.GetValues<DraftTone>())
                {
                    foreach (var variant in new[] { 0, 1 })
                    {
                        var request = new DraftRequest(@case, goal, new DraftStyle { Tone = tone, Variant = variant }, "Alex Kim");
                        var draft = await new BuiltInDrafter().DraftAsync(request, CancellationToken.None);
                        var words = Word().Matches(string.Join(' ', DraftRemoval.BodyOf(draft))).Select(word => word.Value.ToLowerInvariant()).ToList();
                        // "really … really", "openly … so openly": an adverb of manner or degree heard twice in a short letter.
                        var adverbs = words.Where(word => word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal) && word is not ("family" or "likely")).ToList();
                        var repeated = adverbs.GroupBy(word => word).Where(group => group.Count() > 1).Select(group => group.Key);
                        // "made me keener to join … I am as keen as ever".
                        var comparatives = words.Where(word => word.Length >= 4 && (words.Contains(word + "er") || words.Contains(word + "r"))).Distinct();
                        if (repeated.Concat(comparatives).ToList() is { Count: > 0 } echoed)
                        {
                            failures.Add($"{@case.Situation}/{@case.Stage}/{goal}/{tone}/v{variant}/{@case.Feeling}: {string.Join(", ", echoed)}\n{draft}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} drafts:\n\n{string.Join("\n\n", failures.Take(5))}");
    }

    [Fact]
    public async Task A_withdrawn_offer_after_a_background_check_names_the_career_office_once()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.AnswerIntakeUntilSummary(await chat.Say("they rescinded my offer from fabrikam for the software engineer role after the background check. recruiter called me an hour ago"));
        await chat.ConfirmSummary(chat.LastReplies!);

        var replies = await chat.Say("Angry");

        var advice = Assert.Single(replies.Texts, text => text.Contains("background check", StringComparison.Ordinal));
        Assert.Single(Regex.Matches(advice, "career services office"));
        Assert.Contains("withdrawn offers", advice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feeling_in_own_words_held_by_the_safety_check_is_answered_once_the_person_is_okay_not_asked_again()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        (await chat.Say("Something else")).Asks(CheckInDialog.OwnWordsPrompt);
        (await chat.Say("mostly numb honestly")).Asks(CrisisReplies.CheckPrompt);

        var replies = await chat.Say(CrisisReplies.ImOkay);

        replies.DoesNotSay(CheckInDialog.OwnWordsPrompt);
    }

    private static async Task<Replies> ReachFeedbackDraft(TestConversation chat)
    {
        (await chat.ReachGoal(WithPriya)).Asks(ReplyDialog.GoalPrompt);
        var drafted = await chat.Sign(await chat.Say(Walkthrough.Label(Choices.Goals, ReplyGoal.AskForFeedback)));
        return drafted.Says(ReplyDialog.FirstDraftIntro).Asks(ReplyDialog.RevisePrompt);
    }

    private static RejectionCase NewCase() => new()
    {
        Company = "Contoso",
        Role = "Data Analyst",
        Stage = RejectionStage.Interview,
        Situation = Situation.Rejected,
        HeardVia = HeardVia.Email,
        HeardWhen = HeardWhen.Today,
        Feeling = Feeling.Disappointed,
        StartedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
    };

    [GeneratedRegex(@"\bwish|\bAll the best\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wish();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
