using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Someone doubting themselves is told once what reaching their stage means: the reframe says it, and the
/// stage's advice that follows says only what to do.
/// </summary>
public sealed class AdviceSaidOnceTranscriptTests
{
    [Theory]
    [InlineData(RejectionStage.Application, "automated")]
    [InlineData(RejectionStage.ScreeningCall, "someone already saw something in you")]
    [InlineData(RejectionStage.Interview, "someone already saw something in you")]
    [InlineData(RejectionStage.FinalRound, "someone already saw something in you")]
    public async Task The_stage_means_something_is_said_once_to_someone_doubting_themselves(RejectionStage stage, string reframe)
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened(new IntakeAnswers { Stage = stage })).Asks(CheckInDialog.FeelingPrompt);

        var replies = await chat.Say(Label(Choices.Feelings, Feeling.DoubtingMyself));

        Assert.Single(replies.Texts, text => text.Contains(reframe, StringComparison.Ordinal));
        Assert.DoesNotContain(replies.Texts, text => text.Contains("saw real potential", StringComparison.Ordinal)
            || text.Contains("your application worked", StringComparison.Ordinal)
            || text.Contains("serious contender", StringComparison.Ordinal)
            || text.Contains("screen is often automated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anyone_else_still_hears_what_the_stage_means()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Stage = RejectionStage.Interview });

        (await chat.Say(Label(Choices.Feelings, Feeling.Disappointed))).Says(
            "You made it to interviews, so someone saw real potential. A short note that thanks them and asks for feedback is worth sending; just expect that many companies share very little.");
    }
}
