using System.Globalization;
using CoachBot.Coaching;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A story told with distress in it gets the gentle check first. Walked by hand: after "I'm okay" the story was gone
/// and the person was asked which company it was. Now the story is read once they say they are okay; after any
/// other answer, and after a hand-off, nothing of it is read.
/// </summary>
public sealed class HeldStoryTranscriptTests
{
    private const string StoryWithTears = "fabrikam turned me down after the final round for the data analyst internship and ive been crying nonstop since the email";

    [Fact]
    public async Task A_first_message_story_the_gentle_check_answered_is_read_once_the_person_says_they_are_okay()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say(StoryWithTears)).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        var resumed = (await chat.Say(CrisisReplies.ImOkay))
            .Says(CrisisReplies.Resumed)
            .Says(string.Format(CultureInfo.InvariantCulture, CoachingBot.Welcome, string.Empty))
            .DoesNotSay(IntakeDialog.CompanyOrEmailPrompt)
            .DoesNotSay(IntakeDialog.RolePrompt)
            .DoesNotSay(IntakeDialog.StagePrompt);

        await chat.AnswerIntakeUntilSummary(resumed);
        var rejection = await chat.FinishAfterIntake();
        Assert.Equal(("Fabrikam", RejectionStage.FinalRound), (rejection.Company, rejection.Stage));
    }

    [Fact]
    public async Task An_answer_the_check_held_is_read_as_the_answer_to_the_waiting_question_once_the_person_is_okay()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        (await chat.Say("Contoso said no after the final round and ive been crying nonstop")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        await chat.AnswerIntakeUntilSummary((await chat.Say(CrisisReplies.ImOkay)).Says(CrisisReplies.Resumed).Asks(IntakeDialog.RolePrompt));

        Assert.Equal("Contoso", (await chat.FinishAfterIntake()).Company);
    }

    [Fact]
    public async Task How_they_feel_said_with_distress_at_the_feeling_question_is_answered_once_they_are_okay()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened();
        (await chat.Say("honestly I feel so worthless after this one")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        (await chat.Say(CrisisReplies.ImOkay)).Says(CrisisReplies.Resumed).Says("makes almost everyone question themselves").DoesNotSay(CheckInDialog.FeelingPrompt);
    }

    [Fact]
    public async Task When_the_person_answers_the_check_with_something_else_that_is_read_and_the_held_story_is_let_go()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        (await chat.Say("this job hunt is killing me lol. it was Contoso")).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);

        await chat.AnswerIntakeUntilSummary((await chat.Say("Northwind")).Asks(IntakeDialog.RolePrompt));

        Assert.Equal("Northwind", (await chat.FinishAfterIntake()).Company);
    }

    [Fact]
    public async Task After_a_hand_off_nothing_of_the_earlier_held_story_is_read()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say(StoryWithTears)).Asks(CrisisReplies.CheckPrompt, CrisisReplies.ImOkay, CrisisReplies.NotOkay);
        (await chat.Say(CrisisReplies.NotOkay)).Says("988");

        await chat.Say("i'm safe now, i promise");
        var resumed = await chat.Say(CrisisReplies.ImSafe);

        resumed.Says(CrisisReplies.Resumed).Asks(IntakeDialog.CompanyOrEmailPrompt);
    }
}
