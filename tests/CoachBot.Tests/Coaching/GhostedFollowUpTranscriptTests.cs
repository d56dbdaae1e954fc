using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Someone waiting who has already chased the employer is not told to send a first check: the advice starts from the
/// follow-up they made (issue 19).
/// </summary>
public sealed class GhostedFollowUpTranscriptTests
{
    [Fact]
    public async Task A_follow_up_already_sent_is_where_the_advice_starts()
    {
        await using var chat = TestConversation.Start();
        await chat.AnswerIntakeUntilSummary(await chat.Say("Northwind ghosted me after the second interview for the lab technician job. three weeks now, i emailed the recruiter last week and nothing"));
        await chat.Say("Looks right");

        var replies = await chat.Say("Frustrated");

        replies.Says("Since you followed up by e-mail last week, you've already done the reasonable thing.");
        Assert.DoesNotContain(StageAdvice.GhostedTiming, replies.Texts);
    }

    [Fact]
    public async Task Two_unanswered_follow_ups_are_enough_to_let_it_go()
    {
        await using var chat = TestConversation.Start();
        await chat.AnswerIntakeUntilSummary(await chat.Say("Adatum never got back to me after the final round for the junior designer role, it's been a month. i've chased them twice on linkedin"));
        await chat.Say("Looks right");

        var replies = await chat.Say("Disappointed");

        replies.Says("It's fine to let it go now");
    }
}
