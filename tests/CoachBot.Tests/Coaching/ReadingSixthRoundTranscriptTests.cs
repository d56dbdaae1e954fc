using CoachBot.Coaching;
using CoachBot.Organizations;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations for the reader's sixth round (issue 19): the known wrong readings from hand tests. A job the
/// person was to start names its company; an offer pulled after the person's ask is talks that broke down, and "no
/// reason, …" keeps no reason; a question inside the story about whether the employer may do that is acknowledged
/// (CoachBot is no lawyer) and the intake goes on.
/// </summary>
public class ReadingSixthRoundTranscriptTests
{
    private static readonly string LegalAnswer = ScopeGuard.Answer(OutOfScope.Legal, new OrganizationProfile());

    [Fact]
    public async Task A_job_the_person_was_to_start_names_its_company_in_the_summary_and_the_draft()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("I was supposed to start at Brightline Health as a junior data engineer but they pulled the offer");
        replies.DoesNotSay(IntakeDialog.CompanyPrompt).DoesNotSay(IntakeDialog.CompanyOrEmailPrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says($"{IntakeDialog.SummaryIntro} Brightline Health, Junior Data Engineer, they withdrew the offer");
        var rescinded = await chat.FinishAfterIntake();
        Assert.Contains("Brightline Health", rescinded.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_started_instead_of_a_declined_offer_is_not_its_company()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("I got an offer from Contoso for the analyst role but I'm declining, I'm starting at Fabrikam instead"));

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Analyst, you're declining their offer").DoesNotSay("Fabrikam,");
    }

    [Fact]
    public async Task An_offer_pulled_after_the_persons_ask_is_talks_that_broke_down_and_no_reason_keeps_none()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Fabrikam pulled my offer for the data analyst role, they told me by email today"))
            .Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("no reason, they just pulled it after i countered"));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Data Analyst, the offer talks broke down, heard by e-mail today")
            .DoesNotSay("reason:")
            .DoesNotSay("no reason,");
    }

    [Fact]
    public async Task The_offer_no_longer_available_right_after_the_ask_is_talks_that_broke_down()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("I got an offer from Fabrikam for the data analyst role by email today and asked for more money, then they said the offer is no longer available"));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Data Analyst, the offer talks broke down").DoesNotSay("they withdrew the offer");
    }

    [Fact]
    public async Task A_reason_answered_with_they_said_is_kept_without_it()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Fabrikam rejected me for the data analyst role after the final round, by email today"))
            .Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("they said they went with someone who had more SQL experience"));

        summary.Says("reason: \"they went with someone who had more SQL experience\"").DoesNotSay("reason: \"they said");
    }

    [Fact]
    public async Task A_question_inside_the_story_is_acknowledged_and_the_intake_goes_on()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("my offer from Contoso for the data analyst job got withdrawn by email today. is that even allowed??");

        replies.Says(LegalAnswer).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        Assert.True(replies.Texts.ToList().IndexOf(LegalAnswer) < replies.Texts.ToList().IndexOf(IntakeDialog.ReasonPrompt));
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("budget cuts"));
        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, they withdrew the offer").DoesNotSay(LegalAnswer);
    }

    [Fact]
    public async Task A_question_in_an_answer_is_acknowledged_once_and_the_same_question_asked_again()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Contoso withdrew my offer for the data analyst job by email today")).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        var replies = await chat.Say("the background check, can they do that?");

        replies.Says(LegalAnswer);
        Assert.Single(replies.Texts, text => text == LegalAnswer);
        var summary = await chat.AnswerIntakeUntilSummary(replies);
        summary.Says("reason: \"the background check\"").DoesNotSay("can they do that");
    }

    [Fact]
    public async Task A_story_without_a_question_gets_no_legal_words()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("my offer from Contoso for the data analyst job got withdrawn by email today. they said it's allowed to reapply next year");

        replies.DoesNotSay(LegalAnswer);
    }
}
