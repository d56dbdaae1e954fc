using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Whole conversations for the reader's seventh round (issue 19): the known wrong readings from hand tests. A title's
/// first word is no company; a decline's reason keeps what the person said of the other offer; an ask in one message and
/// the offer's end in the next is talks that broke down; a letter the person signed gives no contact; titles as
/// employers write them short are kept as typed.
/// </summary>
public class ReadingSeventhRoundTranscriptTests
{
    [Fact]
    public async Task A_titles_first_word_is_no_company_and_the_company_after_it_is_read()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("rejected from the UX researcher spot at fabrikam");
        replies.DoesNotSay(IntakeDialog.CompanyPrompt).DoesNotSay(IntakeDialog.RolePrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, UX Researcher,");
        var rejected = await chat.FinishAfterIntake();
        Assert.Contains("Fabrikam", rejected.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("UX hiring", rejected.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declines_reason_keeps_what_the_person_said_of_the_other_offer()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("I got an offer from Fabrikam for the analyst role but I'm declining, I accepted another offer closer to home"));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Analyst, you're declining their offer")
            .Says("reason: \"accepted another offer closer to home\"")
            .DoesNotSay("reason: \"I accepted another offer\"");
    }

    [Fact]
    public async Task An_ask_in_one_message_and_the_offers_end_in_the_next_is_talks_that_broke_down()
    {
        await using var chat = TestConversation.Start();

        await chat.Say("Fabrikam offered me the data analyst role by email today, 50k. can I ask for more?");
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("update: they said the offer is no longer available"));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Data Analyst, the offer talks broke down").DoesNotSay("they withdrew the offer");
    }

    [Fact]
    public async Task An_ask_then_an_offer_withdrawn_after_they_would_get_back_stays_withdrawn()
    {
        await using var chat = TestConversation.Start();

        await chat.Say("Fabrikam offered me the data analyst role by email today, 50k. can I ask for more?");
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("I asked, they said they'd get back to me, and now the offer is no longer available"));

        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Data Analyst, they withdrew the offer");
    }

    [Fact]
    public async Task The_persons_own_reply_pasted_gives_the_one_it_greets_as_the_contact_not_its_signature()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("Hi Priya,\nThank you for letting me know that I was not selected for the Data Analyst role at Contoso. I really enjoyed meeting the team and I would be grateful for any feedback.\nBest regards,\nJordan Lee");
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.DoesNotSay("Jordan Lee");
        var rejected = await chat.FinishAfterIntake();
        Assert.DoesNotContain("Dear Jordan", rejected.Draft, StringComparison.Ordinal);
        Assert.Equal("Priya", rejected.ContactName);
    }

    [Fact]
    public async Task A_pasted_letter_with_the_persons_name_at_the_end_gives_no_contact()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("Dear Aoife Byrne,\nThank you for your interest in the Analyst role at Fabrikam. Unfortunately we will not be progressing your application on this occasion.\nKind regards,\nThe Fabrikam Graduate Team\n\nthanks,\nAoife"));
        summary.Says($"{IntakeDialog.SummaryIntro} Fabrikam, Analyst,");
        var rejected = await chat.FinishAfterIntake();

        Assert.Null(rejected.ContactName);
        Assert.DoesNotContain("Dear Aoife", rejected.Draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("got rejected for the new grad SWE role at Contoso after the final round, by email today", "New Graduate SWE")]
    [InlineData("Contoso rejected me for SDE intern after the final round, by email today", "SDE Intern")]
    [InlineData("Contoso turned me down for SOC analyst I after the final round, by email today", "SOC Analyst I")]
    [InlineData("rejected from the ECT post at Contoso Academy after the final round, by email today", "ECT")]
    public async Task A_title_employers_write_short_is_kept_as_typed(string story, string role)
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say(story);
        replies.DoesNotSay(IntakeDialog.RolePrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        summary.Says($", {role}, ");
        var rejected = await chat.FinishAfterIntake();
        Assert.Equal(role, rejected.Role);
    }
}
