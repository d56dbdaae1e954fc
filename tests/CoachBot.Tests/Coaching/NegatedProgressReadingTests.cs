using CoachBot.Coaching;
using CoachBot.Coaching.Intake;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A no said as a step not passed or an application that cannot go on ("I did not pass the test", "they cannot continue
/// with my application"), found on a blind writer's story after the eighth round: with no rejection word read, the time
/// said after it ("this was 2 weeks ago") made it a wait. Sentences of our own.
/// </summary>
public sealed class NegatedProgressReadingTests
{
    private static MessageDetails Read(string story) => BuiltInMessageReader.Read(story, DayOfWeek.Monday);

    [Theory]
    [InlineData("I took the coding test for the Contoso graduate scheme and they emailed that I didnt pass the test. That was 10 days ago.")]
    [InlineData("Fabrikam wrote to me that they cannot proceed with my application for the trainee role. This was 2 weeks ago, should I ask why?")]
    [InlineData("got a message from Northwind: unfortunately they are unable to continue with your application. it's been 3 weeks now")]
    public void A_step_not_passed_or_an_application_that_cannot_go_on_is_a_no_whatever_time_follows(string story) =>
        Assert.Equal(Situation.Rejected, Read(story).Situation);

    [Fact]
    public void Time_gone_by_with_no_news_is_still_a_wait() =>
        Assert.Equal(Situation.Ghosted, Read("did the final interview with Contoso for the analyst role, they said they'd let me know by Friday. That was 12 days ago.").Situation);
}
