using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// What the person says after the summary: corrections in plain words at the questions that take a
/// choice, a case picked up again after a long pause, and a signature remembered for the next case.
/// </summary>
public sealed class LaterInTheCaseTranscriptTests
{
    [Fact]
    public async Task A_correction_at_the_feeling_question_updates_the_case_and_the_question_follows()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        (await chat.Say("actually it was the final round"))
            .Says("Got it, I've updated that: Contoso, Data Analyst, final round")
            .DoesNotSay(IntakeDialog.ChoiceAgainLead)
            .Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Equal(RejectionStage.FinalRound, saved.Stage);
        Assert.Contains("final-round interviews", saved.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_at_the_goal_question_is_in_the_draft()
    {
        await using var chat = TestConversation.Start();
        var goals = await chat.ReachGoal();

        (await chat.Say("the role was Data Engineer")).Says("Data Engineer").Asks(ReplyDialog.GoalPrompt, goals.Buttons.ToArray());
        var draft = (await chat.Sign(await chat.Say(goals.Buttons[0]))).Draft;

        Assert.Contains("Data Engineer", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Analyst", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_after_the_final_draft_rewrites_it_and_the_history_keeps_the_new_one()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());

        var rewritten = (await chat.Say("his name is Tom")).Says(LateCorrections.UpdatedDraft).Asks(OfferPrompt());
        Assert.Equal("Dear Tom,", rewritten.Draft.Split('\n')[0]);

        (await chat.Say(FollowUpPlanDialog.NoThanks)).Says(CoachingDialog.WrapUp);
        var saved = (await chat.History())[^1];
        Assert.Equal("Tom", saved.ContactName);
        Assert.Equal(rewritten.Draft, saved.Draft);
    }

    [Fact]
    public async Task A_correction_at_the_signature_question_is_not_taken_for_a_name()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        await chat.TellWhatHappened();
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        (await chat.Say("actually the company was Fabrikam")).Says("Got it, I've updated that: Fabrikam").Asks(ReplyDialog.SignaturePrompt);
        var draft = (await chat.Say("Sam Rivera")).Draft;
        Assert.Contains("Fabrikam", draft, StringComparison.Ordinal);
        Assert.EndsWith("\nSam Rivera", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_that_are_not_a_correction_are_still_answered_as_the_question_asks()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        // "actually" alone, with no detail of the case in it, is not a correction.
        var replies = (await chat.Say("actually pretty hopeful")).DoesNotSay("Got it, I've updated that");
        Assert.NotEqual(IntakeDialog.ChangePrompt, replies.Activities[^1].Text);
    }

    [Fact]
    public async Task After_a_long_pause_an_unfinished_case_is_offered_back_and_continues_where_it_was()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        chat.Clock.Advance(TimeSpan.FromDays(8));
        var back = await chat.Say("hi");

        Assert.Equal([CoachingBot.WelcomeBackToCase, "Last time we were working on Contoso: continue, or start a new one?"], back.Texts);
        (await chat.Say(CoachingBot.Continue)).Asks(CheckInDialog.FeelingPrompt);
        var saved = await chat.FinishAfterIntake();
        Assert.Equal("Contoso", saved.Company);
    }

    [Fact]
    public async Task After_a_long_pause_a_new_story_starts_a_new_case_and_the_old_one_is_offered_after_it()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        chat.Clock.Advance(TimeSpan.FromDays(8));
        (await chat.Say("Fabrikam turned me down for the UX Designer role")).Says(CoachingBot.WelcomeBack).Asks(IntakeDialog.StagePrompt);
        await chat.AnswerIntake(chat.LastReplies!, new IntakeAnswers());
        Assert.Equal("Fabrikam", (await chat.FinishAfterIntake()).Company);

        (await chat.Say("hi")).Asks("Last time we were working on Contoso: continue, or start a new one?", CoachingBot.Continue, CoachingBot.StartNew);
    }

    [Fact]
    public async Task After_a_long_pause_a_case_with_a_final_draft_is_kept_in_the_history()
    {
        await using var chat = TestConversation.Start();
        var draft = (await chat.ReachFirstDraft()).Draft;
        (await chat.Say(ReplyDialog.LooksGood)).Asks(OfferPrompt());

        chat.Clock.Advance(TimeSpan.FromDays(8));
        (await chat.Say("hi")).Says(CoachingBot.WelcomeBack);

        Assert.Equal(draft, Assert.Single(await chat.History()).Draft);
    }

    [Fact]
    public async Task The_signature_is_the_persons_and_a_new_conversation_does_not_ask_it_again()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        await chat.TellWhatHappened();
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt, ReplyDialog.Unsigned);
        (await chat.Say("Sam Rivera")).Asks(ReplyDialog.RevisePrompt);
        await chat.Say(ReplyDialog.LooksGood);
        await chat.Say(FollowUpPlanDialog.NoThanks);
        Assert.Equal("Sam Rivera", (await chat.Profile()).SignatureName);

        chat.ConversationId = $"conversation-{Guid.NewGuid():N}";
        await chat.TellWhatHappened();
        (await chat.Say("Disappointed")).DoesNotSay(ReplyDialog.SignaturePrompt).Asks(ReplyDialog.GoalPrompt);
        var draft = (await chat.Say(goals.Buttons[0])).Draft;
        Assert.EndsWith("\nSam Rivera", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thanks_after_stopping_an_unfinished_case_says_how_to_pick_it_up()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        await chat.Say("stop");

        (await chat.Say("thanks!")).Says("Say hi whenever you want to pick up Contoso again").DoesNotSay("\"history\" to see this one again").AsksNothing();
        (await chat.Say("hi")).Asks("Last time we were working on Contoso: continue, or start a new one?");
    }
}
