using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// "I accepted another one closer to my family", walked by hand: the other offer said as "one" lost what the person said
/// of it, and the summary read only "I accepted another offer". The seventh round read it said as "offer" alone. A sick
/// parent to stay near, walked by a helper, was worded "The location does not fit my plans.": a family reason said as where.
/// </summary>
public sealed class DeclineReasonOneTranscriptTests
{
    [Theory]
    [InlineData("I got an offer from Contoso for a software engineer role but I'm going to turn it down, I accepted another one closer to my family", "accepted another one closer to my family")]
    [InlineData("I got an offer from Contoso for the analyst role but I'm declining, I accepted one closer to home", "accepted one closer to home")]
    public async Task What_the_person_says_of_the_other_offer_said_as_one_is_their_reason(string story, string reason)
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(story));

        summary.Says($"reason: \"{reason}\"").DoesNotSay("reason: \"I accepted another offer\"");
    }

    [Fact]
    public async Task Another_one_said_with_where_only_is_still_the_plain_reason()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("I got an offer from Contoso for the analyst role but I'm declining, I already accepted one at Fabrikam"));

        summary.Says("reason: \"I accepted another offer\"");
    }

    [Theory]
    [InlineData("my mum is sick and i need to stay near home")]
    [InlineData("my dad needs me close to home right now")]
    public async Task A_family_member_to_stay_near_is_a_family_reason_in_the_letter_not_a_location(string reason)
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say($"I got an offer from Contoso for the analyst role but I'm declining it. {reason}"));
        await chat.ConfirmSummary(summary);
        var draft = (await chat.Sign(await chat.Say("Relieved"))).Draft;

        Assert.Contains("family", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("location", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("where I need to be based", draft, StringComparison.Ordinal);
    }
}
