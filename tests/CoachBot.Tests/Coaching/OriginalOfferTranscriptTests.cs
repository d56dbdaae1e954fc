using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Talks on the terms broke down and the employer walked away: a person who still wants the job can say
/// they would take the offer as first made, which career advisers suggest before anything else.
/// </summary>
public class OriginalOfferTranscriptTests
{
    [Fact]
    public async Task After_the_talks_broke_down_the_person_can_say_they_would_take_the_original_offer()
    {
        await using var chat = TestConversation.Start();
        var goals = await chat.ReachGoal(new IntakeAnswers { Company = "Fabrikam", Role = "Junior UX Designer", Stage = RejectionStage.NegotiationBrokeDown, Contact = "Maya" });
        goals.Asks(ReplyDialog.GoalPrompt, "Thank them & stay connected", "Take the original offer", "One last pitch");

        var draft = (await chat.Sign(await chat.Say("Take the original offer"))).Draft;

        Assert.StartsWith("Dear Maya,", draft, StringComparison.Ordinal);
        Assert.Matches(@"\baccept\w*\b[^.?!]*\b(?:original|first)|\b(?:original|first)\b[^.?!]*\baccept", draft);
        Assert.Contains("Fabrikam", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("feedback", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\d", draft);
        var rejection = new RejectionCase { Company = "Fabrikam", Role = "Junior UX Designer", Stage = RejectionStage.NegotiationBrokeDown, ContactName = "Maya", Feeling = Feeling.Disappointed };
        Assert.Empty(DraftRubric.Check(draft, new DraftRequest(rejection, ReplyGoal.TakeOriginalOffer, new DraftStyle(), null)).Failures);
    }

    [Fact]
    public async Task The_advice_after_broken_down_talks_says_the_offer_as_first_made_can_still_be_taken()
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Stage = RejectionStage.NegotiationBrokeDown });

        (await chat.Say("Frustrated")).Says("If you'd still take the job as first offered, you can say so plainly");
    }
}
