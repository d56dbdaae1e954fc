using CoachBot.Coaching;
using CoachBot.FollowUps;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>Check-ins are cancelled one by one too, by naming them; the others stay.</summary>
public sealed class CancelOneCheckInTranscriptTests
{
    private static async Task PlanAll(TestConversation chat)
    {
        await chat.ReachFirstDraft();
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());
        (await chat.Say(FollowUpPlanDialog.AllOfThem)).Says(FollowUpPlanDialog.PlanIntro);
    }

    [Theory]
    [InlineData("cancel the reapply one", "the \"Time to reapply\" check-in", NudgeKind.ReapplyWhenOpeningsCome)]
    [InlineData("please don't ask me if they answered", "the \"Ask if they answered\" check-in", NudgeKind.DidTheyAnswer)]
    [InlineData("stop the reminder to send it", "the \"Remind me to send it\" check-in", NudgeKind.ReviewAndSend)]
    public async Task Naming_a_check_in_to_cancel_stops_that_one_only(string typed, string named, NudgeKind stopped)
    {
        await using var chat = TestConversation.Start();
        await PlanAll(chat);

        (await chat.Say(typed)).Says(string.Format(System.Globalization.CultureInfo.InvariantCulture, NudgeTurns.StoppedKinds, named))
            .DoesNotSay(IntakeDialog.CompanyPrompt);

        var listed = string.Join('\n', (await chat.Say("check-ins")).Texts);
        Assert.DoesNotContain(NudgeSchedule.Describe(stopped), listed, StringComparison.OrdinalIgnoreCase);
        foreach (var kept in Enum.GetValues<NudgeKind>().Where(kind => kind != stopped))
        {
            Assert.Contains(NudgeSchedule.Describe(kind: kept), listed, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("I don't have an answer from them yet")]
    [InlineData("they never replied to my last email, dont know why")]
    public async Task Words_of_a_check_in_beside_a_no_that_cancels_nothing_stop_nothing(string typed)
    {
        await using var chat = TestConversation.Start();
        await PlanAll(chat);

        (await chat.Say(typed)).DoesNotSay("cancelled");

        var listed = string.Join('\n', (await chat.Say("check-ins")).Texts);
        Assert.All(Enum.GetValues<NudgeKind>(), kind => Assert.Contains(NudgeSchedule.Describe(kind), listed, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_nothing_planned_the_words_are_an_answer_to_the_question()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say("hi")).Says(IntakeDialog.CompanyPrompt);

        (await chat.Say("dont remind me about reapply, it was Contoso")).DoesNotSay("cancelled");
    }
}
