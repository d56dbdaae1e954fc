using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// A company or a role said in a sentence's frame ("it was Fabrikam"), found by walking conversations by hand: it
/// was asked again, however often it was said that way. The frame is never part of the name, and a frame around
/// something that is not a name ("it was awful") is still asked again.
/// </summary>
public sealed class AnswerInAFrameTranscriptTests
{
    [Theory]
    [InlineData("it was Fabrikam", "Fabrikam")]
    [InlineData("its Globex", "Globex")]
    [InlineData("i applied to Contoso", "Contoso")]
    [InlineData("it's the Bank of Ireland", "Bank of Ireland")]
    [InlineData("it was Globex, the software engineer one", "Globex")]
    [InlineData("the company was Tailspin Toys.", "Tailspin Toys")]
    public void A_company_in_capitals_is_taken_out_of_its_frame(string answer, string company) =>
        Assert.Equal(new CheckedAnswer(AnswerKind.Usable, company), AnswerCheck.Company(answer));

    [Theory]
    [InlineData("it was awful")]
    [InlineData("that was the worst part")]
    [InlineData("its fine")]
    [InlineData("it was fabrikam")]
    public void A_frame_around_lower_case_words_is_not_a_company(string answer) =>
        Assert.Equal(AnswerKind.Unclear, AnswerCheck.Company(answer).Kind);

    [Theory]
    [InlineData("it was a data analyst role", "Data Analyst")]
    [InlineData("it was for a marketing coordinator position", "Marketing Coordinator")]
    [InlineData("the role was Junior Designer", "Junior Designer")]
    public void A_role_said_to_be_one_is_taken_out_of_its_frame(string answer, string role) =>
        Assert.Equal(new CheckedAnswer(AnswerKind.Usable, role), AnswerCheck.Role(answer));

    [Fact]
    public async Task Answers_said_as_sentences_are_kept_and_the_intake_goes_on()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say("it was Fabrikam")).Asks(IntakeDialog.RolePrompt).DoesNotSay(IntakeDialog.CompanyAgainPrompt);
        await chat.AnswerIntakeUntilSummary((await chat.Say("it was a data analyst role")).Asks(IntakeDialog.StagePrompt, [.. Choices.Stages.Select(stage => stage.Label)]));

        var rejection = await chat.FinishAfterIntake();
        Assert.Equal(("Fabrikam", "Data Analyst"), (rejection.Company, rejection.Role));
    }
}
