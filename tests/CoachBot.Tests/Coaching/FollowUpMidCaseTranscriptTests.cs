using System.Globalization;
using CoachBot.Coaching;
using CoachBot.FollowUps;
using NudgedChat = CoachBot.Tests.Coaching.FollowUpDeliveryTests.NudgedChat;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A nudge about one case (Contoso, finished) while the person is in the middle of another (Fabrikam):
/// answering it asks which to continue and resumes the right one, and the question the coaching was waiting
/// on is always asked again.
/// </summary>
public sealed class FollowUpMidCaseTranscriptTests
{
    private const string DidContosoAnswer = "Did Contoso answer your reply for the Data Analyst role?";

    [Fact]
    public async Task They_answered_in_the_middle_of_another_case_asks_which_to_continue_and_back_to_it_asks_its_question_again()
    {
        await using var chat = NudgedChat.Start();
        var waiting = await MidFabrikamWhenContosoIsNudged(chat);

        (await chat.Chat.Say(NudgeTurns.TheyAnswered))
            .Says(NudgeTurns.AnsweredAdviceMidCase)
            .DoesNotSay("start over")
            .Asks(Format(NudgeTurns.WhichCase, "Fabrikam"), Format(NudgeTurns.TalkAboutChoice, "Contoso"), Format(NudgeTurns.BackToChoice, "Fabrikam"));

        var back = await chat.Chat.Say(Format(NudgeTurns.BackToChoice, "Fabrikam"));

        back.Says(NudgeTurns.WhereWeWere);
        Assert.Equal(waiting, back.Activities[^1].Text);
        Assert.Equal(FollowUpStatus.Answered, Assert.Single(await chat.FollowUps()).Status);
    }

    [Fact]
    public async Task Picking_the_nudged_case_works_on_it_and_keeps_the_one_in_progress_for_later()
    {
        await using var chat = NudgedChat.Start();
        var waiting = await MidFabrikamWhenContosoIsNudged(chat);
        await chat.Chat.Say(NudgeTurns.TheyAnswered);

        var contoso = await chat.Chat.Say(Format(NudgeTurns.TalkAboutChoice, "Contoso"));

        contoso.Says(Format(NudgeTurns.ContinuingNudgedCase, "Contoso", "Fabrikam"));
        // The coaching goes on about Contoso: it knows the company already, and does not ask Fabrikam's question.
        Assert.NotEqual(waiting, contoso.Activities[^1].Text);
        contoso.DoesNotSay(IntakeDialog.CompanyOrEmailPrompt).DoesNotSay(IntakeDialog.CompanyPrompt);

        // Fabrikam was kept: starting afresh offers to pick it up.
        (await chat.Chat.Say("start over")).Says("Last time we were working on Fabrikam");
    }

    [Fact]
    public async Task Snoozing_until_a_date_in_the_middle_of_a_case_asks_its_question_again_afterwards()
    {
        await using var chat = NudgedChat.Start();
        var waiting = await MidFabrikamWhenContosoIsNudged(chat);
        (await chat.Chat.Say(NudgeTurns.SnoozeUntil)).Says(NudgeTurns.AskSnoozeDate);

        var snoozed = await chat.Chat.Say("2027-01-15");

        snoozed.Says("Okay, I'll bring it up again");
        Assert.Equal(waiting, snoozed.Activities[^1].Text);
    }

    [Fact]
    public async Task Answering_the_coachings_question_instead_of_the_snooze_date_goes_on_with_the_case()
    {
        await using var chat = NudgedChat.Start();
        var waiting = await MidFabrikamWhenContosoIsNudged(chat);
        await chat.Chat.Say(NudgeTurns.SnoozeUntil);

        var answered = await chat.Chat.Say("Marketing Associate");

        answered.DoesNotSay(NudgeTurns.SnoozeDateUnclear);
        Assert.NotEqual(waiting, answered.Activities[^1].Text);
    }

    /// <summary>
    /// Contoso's case is finished with a "did they answer?" nudge planned; a Fabrikam case has begun and waits
    /// for its next answer when the nudge arrives, which asks it again. Returns that waiting question.
    /// </summary>
    private static async Task<string?> MidFabrikamWhenContosoIsNudged(NudgedChat chat)
    {
        await chat.PlanOnly(NudgeKind.DidTheyAnswer);
        await chat.Chat.Say("start over");
        var waiting = (await chat.Chat.Say("Fabrikam")).Activities[^1].Text;

        // Brought forward (as a snooze would), so it arrives while the person is at it, not after days away.
        await chat.SetDue(chat.Clock.GetUtcNow());
        Assert.Equal(1, await chat.DispatchAsync());

        var sent = chat.Channel.Messages;
        Assert.StartsWith(DidContosoAnswer, sent[0].Text, StringComparison.Ordinal);
        Assert.Equal(NudgeTurns.WhereWeWere, sent[^2].Text);
        Assert.Equal(waiting, sent[^1].Text);
        return waiting;
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
