using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations for the reader's ninth round (issue 19), the known wrong readings: a title opening a clause, an
/// assessment centre given as the stage, a decline's reason typed without its apostrophe, and a company in lower case
/// asked again in other words, with what was read offered to tap. Sentences of our own.
/// </summary>
public class Reading9KnownReadingsTranscriptTests
{
    [Fact]
    public async Task A_title_opening_a_clause_is_the_role()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("Contoso rejected me today by email, final round and everything, data engineer role");
        replies.DoesNotSay(IntakeDialog.RolePrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Data Engineer, final round, heard by e-mail today");
    }

    [Fact]
    public async Task An_assessment_centre_given_as_the_stage_is_the_final_round_and_its_day_is_not_when_they_heard()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Contoso rejected me for the data analyst role, they emailed me"))
            .Asks(IntakeDialog.StagePrompt, Labels(Choices.Stages));
        (await chat.Say("i had the assessment centre last thursday")).Asks(IntakeDialog.HeardWhenPrompt, Labels(Choices.HeardWhen));
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("Yesterday"));

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, final round, heard by e-mail yesterday");
    }

    [Theory]
    [InlineData("Contoso offered me the data analyst job but ive accepted one that pays more so im declining", "ive accepted one that pays more")]
    [InlineData("Contoso offered me the data analyst job and im turning it down, ive taken a place on a masters course", "ive taken a place on a masters course")]
    public async Task A_declines_reason_typed_without_its_apostrophe_is_the_reason(string story, string reason)
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say(story);
        replies.DoesNotSay(IntakeDialog.DeclineReasonPrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, you're declining their offer, reason: \"{reason}\"");
    }

    [Fact]
    public async Task A_company_in_lower_case_in_a_frame_is_asked_again_in_other_words_offering_it_to_tap()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var again = await chat.Say("it was fabrikam, applied online");
        again.Asks(string.Format(System.Globalization.CultureInfo.InvariantCulture, IntakeDialog.CompanyGuessFormat, "Fabrikam"), "Fabrikam", IntakeDialog.RatherNotSay)
            .DoesNotSay(IntakeDialog.CompanyAgainPrompt);
        (await chat.Say("Fabrikam")).Asks(IntakeDialog.RolePrompt);
        await chat.AnswerIntakeUntilSummary(await chat.Say("data analyst"));

        var rejection = await chat.FinishAfterIntake();
        Assert.Equal("Fabrikam", rejection.Company);
    }

    [Fact]
    public async Task A_company_in_lower_case_typed_again_with_its_capital_is_kept()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        await chat.Say("it was fabrikam, applied online");
        (await chat.Say("it was Fabrikam")).Asks(IntakeDialog.RolePrompt);
    }

    [Theory]
    [InlineData("it was awful")]
    [InlineData("its fine")]
    public async Task A_frame_around_how_it_felt_is_asked_again_as_before(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say(answer)).Asks(IntakeDialog.CompanyAgainPrompt, IntakeDialog.RatherNotSay);
    }

    [Fact]
    public void Only_a_short_lower_case_name_in_a_frame_is_offered() =>
        Assert.Equal(
            ["Fabrikam", null, null],
            new[] { "it was fabrikam, applied online", "it was Fabrikam", "it was the one where i applied online after the fair" }.Select(AnswerCheck.CompanyInLowerCase));
}
