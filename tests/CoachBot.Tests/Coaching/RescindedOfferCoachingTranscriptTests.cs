using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// An offer taken back is not a no after a contest: the reflection says what happened, and the advice goes
/// past the reply to what the person may now need (the career office, the employers they turned down).
/// </summary>
public class RescindedOfferCoachingTranscriptTests
{
    private static readonly IntakeAnswers Withdrawn = new() { Stage = RejectionStage.OfferRescinded, When = HeardWhen.Yesterday };

    [Theory]
    [InlineData("Angry", "made you an offer and then took it back")]
    [InlineData("Disappointed", "You had a yes from Contoso")]
    public async Task The_reflection_names_the_offer_that_was_taken_back(string feeling, string reflected)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(Withdrawn);

        var replies = await chat.Say(feeling);

        replies.Says(reflected)
            .DoesNotSay("the answer didn't go your way")
            .DoesNotSay("You put real time and hope into");
    }

    [Fact]
    public async Task The_advice_points_to_the_career_office_and_the_offers_turned_down()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(Withdrawn);

        var replies = await chat.Say("Frustrated");

        replies.Says(StageAdvice.RescindedNextSteps("your career services office", turnedDownOtherOffers: false));
    }

    [Fact]
    public async Task A_rejection_after_interviews_gets_no_advice_about_a_withdrawn_offer()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Yesterday });

        (await chat.Say("Frustrated")).DoesNotSay("withdrawn offers");
    }
}
