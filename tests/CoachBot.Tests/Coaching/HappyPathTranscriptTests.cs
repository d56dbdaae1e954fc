using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

public sealed class HappyPathTranscriptTests
{
    [Fact]
    public async Task From_i_got_rejected_to_a_finished_reply_and_a_follow_up_plan()
    {
        await using var chat = TestConversation.Start();

        (await chat.Join())
            .Says("I'm CoachBot, an AI career coach")
            .Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Contoso"))
            .Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Data Analyst Intern"))
            .Asks(IntakeDialog.StagePrompt, "Application", "Screening call", "Interview", "Final round", "Offer rescinded", "Negotiation broke down");
        (await chat.Say("Final round"))
            .Asks(IntakeDialog.HeardViaPrompt, "By e-mail", "By phone", "No word at all");
        (await chat.Say("By e-mail"))
            .Asks(IntakeDialog.HeardWhenPrompt, "Today", "Yesterday", "Earlier this week", "Before that");
        (await chat.Say("Today"))
            .Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.Say("They went with someone with more experience"))
            .Asks(IntakeDialog.ContactPrompt, IntakeDialog.SkipContact);
        (await chat.Say("Jordan Lee"))
            .Asks($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst Intern, final round, heard by e-mail today, reason: \"They went with someone with more experience\", contact: Jordan Lee. {IntakeDialog.SummaryPrompt}", IntakeDialog.LooksRight, IntakeDialog.ChangeSomething);
        (await chat.Say(IntakeDialog.LooksRight))
            .Asks(CheckInDialog.FeelingPrompt, "Disappointed", "Frustrated", "Doubting myself", "Angry", "Relieved", "Something else");
        (await chat.Say("Frustrated"))
            .Says("That's frustrating, especially after making it all the way to the final round.")
            .Says("Reaching the final round means you were a serious contender")
            .Asks("It's usually wise not to reply in the heat of the moment. Would you like to wait 24 hours before sending anything?",
                CheckInDialog.WaitAndRemind, CheckInDialog.WaitNoReminder, CheckInDialog.GoAheadNow);
        // 19:00 UTC is 2 PM in New York; 24 hours later is tomorrow at 2 PM there.
        (await chat.Say(CheckInDialog.WaitAndRemind))
            .Says("Good call. I'll remind you tomorrow at 2:00 PM.")
            .Asks(ReplyDialog.GoalPrompt, "Ask for feedback", "Thank them & stay connected", "One last pitch");

        var firstDraft = (await chat.Say("Ask for feedback"))
            .Says(ReplyDialog.FirstDraftIntro)
            .Asks(ReplyDialog.RevisePrompt, ReplyDialog.LooksGood, ReplyDialog.Shorter, ReplyDialog.Warmer, ReplyDialog.MoreFormal, ReplyDialog.AddPoint, ReplyDialog.CheckMine, ReplyDialog.StartAgain)
            .Draft;
        Assert.StartsWith("Dear Jordan,", firstDraft, StringComparison.Ordinal);
        Assert.Contains("Contoso", firstDraft);
        Assert.Contains("feedback", firstDraft, StringComparison.OrdinalIgnoreCase);

        var final = (await chat.Say(ReplyDialog.LooksGood))
            .Says(ReplyDialog.FinalDraftAfterWait)
            .Asks(string.Format(System.Globalization.CultureInfo.InvariantCulture, FollowUpPlanDialog.OfferPrompt, "a counselor at your career services office"),
                FollowUpPlanDialog.AllOfThem, FollowUpPlanDialog.LetMePick, FollowUpPlanDialog.NoThanks)
            .Draft;
        Assert.Equal(firstDraft, final);

        (await chat.Say(FollowUpPlanDialog.AllOfThem))
            .Says(FollowUpPlanDialog.PlanIntro)
            .Says("• a reminder to review and send your reply, tomorrow at 2:00 PM")
            .Says(CoachingDialog.WrapUp)
            .AsksNothing();

        var saved = Assert.Single(await chat.History());
        Assert.Equal("Contoso", saved.Company);
        Assert.Equal(RejectionStage.FinalRound, saved.Stage);
        Assert.Equal(final, saved.Draft);
        Assert.True(saved.DraftFinal);
        Assert.Equal(5, saved.Nudges.Count);
    }
}
