using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A withdrawn offer the person had turned other offers down for, walked by hand: the advice said "If you turned other
/// offers down for this one" to someone who had just said so. What the story says is what the advice builds on.
/// </summary>
public sealed class OtherOffersTurnedDownTranscriptTests
{
    private static MessageDetails Read(string story) => BuiltInMessageReader.Read(story, DayOfWeek.Monday);

    [Theory]
    [InlineData("my offer from Woodgrove Bank got rescinded yesterday, i already turned down two other offers for this")]
    [InlineData("Contoso pulled my graduate offer. I declined my other offer from Fabrikam because of it")]
    [InlineData("they withdrew the offer after I had said no to two other jobs")]
    [InlineData("the offer was revoked today and I had turned down both other offers for it")]
    public void Other_offers_given_up_for_this_one_are_read(string story) =>
        Assert.True(Read(story).TurnedDownOtherOffers);

    [Theory]
    [InlineData("I got an offer from Contoso but I'm turning it down")]
    [InlineData("Contoso pulled my offer yesterday, budget cuts")]
    [InlineData("they turned down my application after the final round")]
    public void A_story_without_other_offers_given_up_says_none(string story) =>
        Assert.False(Read(story).TurnedDownOtherOffers);

    [Fact]
    public async Task The_advice_speaks_to_the_offers_the_person_said_they_turned_down()
    {
        await using var chat = TestConversation.Start();
        await chat.AnswerIntakeUntilSummary(await chat.Say("so my offer from Woodgrove Bank got rescinded yesterday, they said it was due to budget cuts. i already turned down two other offers for this"));
        await chat.ConfirmSummary(chat.LastReplies!);

        (await chat.Say("Angry"))
            .Says(StageAdvice.RescindedNextSteps("your career services office", turnedDownOtherOffers: true))
            .DoesNotSay("If you turned other offers down");
    }
}
