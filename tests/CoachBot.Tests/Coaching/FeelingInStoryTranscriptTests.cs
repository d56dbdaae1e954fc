using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// How the person feels, said in their story ("im so angry"), is heard: the feeling question is not asked
/// again and the check-in answers that feeling. A story that says none, several, or another shade of feeling
/// still gets the question.
/// </summary>
public sealed class FeelingInStoryTranscriptTests
{
    [Theory]
    [InlineData("Fabrikam rejected me after the final round for the data analyst internship. im so angry", Feeling.Angry)]
    [InlineData("rejected by Contoso for the data analyst role after the interview, honestly i'm just gutted", Feeling.Disappointed)]
    [InlineData("Contoso said no after the interview for the data analyst role and I feel like a failure", Feeling.DoubtingMyself)]
    public async Task A_feeling_said_in_the_story_is_not_asked_again_and_gets_its_reflection(string story, Feeling feeling)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(story));
        var replies = await chat.ConfirmSummary(summary);

        replies.DoesNotSay(CheckInDialog.FeelingPrompt);
        await chat.AnswerToTheEnd(replies);
        var saved = (await chat.History())[^1];
        Assert.Equal(feeling, saved.Feeling);
        replies.Says($"{Feelings.Reflect(feeling, saved)} {Feelings.Reframe(feeling, saved)}");
    }

    [Theory]
    [InlineData("Fabrikam rejected me after the final round for the data analyst internship. i was so excited for this one")]
    [InlineData("Contoso turned me down after the interview for the data analyst role. im angry but also kind of relieved")]
    [InlineData("Contoso said no after the interview for the data analyst role. im not even angry, just tired")]
    [InlineData("the recruiter at Contoso said she was disappointed to tell me, data analyst role, after the interview")]
    public async Task A_story_that_says_no_one_clear_feeling_still_gets_the_question(string story)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(story));

        (await chat.ConfirmSummary(summary)).Asks(CheckInDialog.FeelingPrompt);
    }

    [Theory]
    [InlineData("im so angry", Feeling.Angry)]
    [InlineData("I'm honestly really bummed", Feeling.Disappointed)]
    [InlineData("feeling pretty relieved tbh", Feeling.Relieved)]
    [InlineData("i'm not good enough for these jobs", Feeling.DoubtingMyself)]
    [InlineData("i was told they went with someone else", null)]
    [InlineData("i was told they were angry about the delay", null)]
    [InlineData("honestly the recruiter sounded upset on the call", null)]
    [InlineData("I'm applying elsewhere now", null)]
    [InlineData("i'm sad and scared", null)]
    [InlineData("im angry. i'm also gutted", null)]
    public void The_feeling_a_story_says(string story, Feeling? feeling) =>
        Assert.Equal(feeling, FeelingInOwnWords.SaidInStory(story));
}
