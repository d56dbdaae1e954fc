using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Answers that say more than the answer, found by walking conversations by hand: a not-known said with why,
/// a yes with a but, a company after a comma, and words about how often someone was written to, which are no
/// one's name.
/// </summary>
public sealed class SaidAroundAnswersTranscriptTests
{
    [Theory]
    [InlineData("no one, it was through the portal")]
    [InlineData("nobody. it came from a no-reply address")]
    [InlineData("idk tbh - the email was automated")]
    [InlineData("not sure, there was no name on it")]
    public async Task A_not_known_said_with_why_at_the_contact_question_is_taken_as_skip(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachQuestion(IntakeDialog.ContactPrompt);

        (await chat.Say(answer)).Says(IntakeDialog.SummaryIntro).DoesNotSay(IntakeDialog.ContactAgainPrompt).DoesNotSay("contact:");

        Assert.Null((await chat.FinishAfterIntake()).ContactName);
    }

    [Theory]
    [InlineData("no, it was Priya")]
    [InlineData("not sure, maybe Tom Becker")]
    public void A_no_or_a_not_sure_before_a_name_is_not_taken_as_skip(string answer) =>
        Assert.NotEqual(AnswerKind.NotKnown, AnswerCheck.Contact(answer).Kind);

    [Theory]
    [InlineData("mostly right but there's more to it")]
    [InlineData("yes, except one small detail")]
    [InlineData("sort of right, though not completely")]
    public async Task A_yes_with_a_but_at_the_summary_asks_what_to_change_instead_of_going_on(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.AnswerIntakeUntilSummary(await chat.Say("Contoso"));

        (await chat.Say(answer)).Asks(IntakeDialog.ChangePrompt).DoesNotSay(CheckInDialog.FeelingPrompt);
    }

    [Fact]
    public async Task A_plain_yes_at_the_summary_still_goes_on()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.AnswerIntakeUntilSummary(await chat.Say("Contoso"));

        (await chat.Say("yep that's right")).Asks(CheckInDialog.FeelingPrompt);
    }

    [Theory]
    [InlineData("hey. so i got my first ever offer, from Tailspin Toys for a junior game designer role, but i'm saying no", "Tailspin Toys")]
    [InlineData("got the rejection email, from fourth coffee of course", "Fourth Coffee")]
    public void A_company_after_a_comma_and_from_is_read(string story, string company) =>
        Assert.Equal(company, StoryReader.Read(story).Company);

    [Theory]
    [InlineData("final round with Northwind 3 weeks ago, nothing since. i emailed the recruiter once already last week")]
    [InlineData("rejected by Contoso, i messaged the recruiter twice already")]
    [InlineData("no word from Litware, i pinged the hiring manager again yesterday")]
    public void How_often_someone_was_written_to_is_no_ones_name(string story) =>
        Assert.Null(StoryReader.Read(story).ContactName);
}
