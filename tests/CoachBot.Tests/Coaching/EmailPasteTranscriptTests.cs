using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>Pasting the rejection e-mail instead of answering the first question.</summary>
public sealed class EmailPasteTranscriptTests
{
    private const string InterviewRejection = """
        Subject: Your application for Junior Data Analyst at Fabrikam

        Hi Alex,

        Thank you for taking the time to interview with us for the Junior Data Analyst position at Fabrikam. We really enjoyed getting to know you.

        Unfortunately, after careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the team.

        We wish you every success in your job search.

        Best regards,
        Priya Natarajan
        Talent Acquisition, Fabrikam
        """;

    private const string RejectionWithoutCompany = """
        Dear applicant,

        Thank you for your interest in the Marketing Coordinator role and for the time you put into your application.

        Unfortunately, we will not be moving forward with your application at this time. We received a very high number of applications for this position.

        Kind regards,
        The Recruiting Team
        """;

    [Fact]
    public async Task A_pasted_email_fills_in_what_it_says_and_only_the_missing_questions_are_asked()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say("hi")).Asks(IntakeDialog.CompanyOrEmailPrompt);

        var read = (await chat.Say(InterviewRejection)).Asks(IntakeDialog.HeardWhenPrompt);
        Assert.Equal(
            [
                $"{IntakeDialog.EmailRead} I picked out company: Fabrikam, role: Junior Data Analyst, stage: interview, the reason they gave, sent by Priya Natarajan. I'll only ask what's missing.",
                IntakeDialog.HeardWhenPrompt,
            ],
            read.Texts);
        (await chat.ConfirmSummary(await chat.Say("Yesterday"))).Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Equal(("Fabrikam", "Junior Data Analyst", RejectionStage.Interview), (saved.Company, saved.Role, saved.Stage));
        Assert.Equal((HeardVia.Email, HeardWhen.Yesterday, "Priya Natarajan"), (saved.HeardVia, saved.HeardWhen, saved.ContactName));
        Assert.Equal("other candidates' experience matched more closely", saved.Reason);
    }

    [Fact]
    public async Task The_name_a_pasted_email_greets_the_person_by_is_offered_first_when_they_sign()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        await chat.Say("hi");
        await chat.Say(InterviewRejection);
        (await chat.ConfirmSummary(await chat.Say("Yesterday"))).Asks(CheckInDialog.FeelingPrompt);

        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        var signature = (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        Assert.Equal("Alex", signature.Buttons[0]);
        Assert.Equal(ReplyDialog.Unsigned, signature.Buttons[^1]);
        Assert.EndsWith("\nAlex", (await chat.Say("Alex")).Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_to_no_one_by_name_offers_no_name_from_it()
    {
        await using var chat = TestConversation.Start();
        chat.AutoSign = false;
        await chat.Say("hi");
        await chat.AnswerIntake(await chat.Say(RejectionWithoutCompany), new IntakeAnswers());

        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        var signature = (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        Assert.DoesNotContain(signature.Buttons, button => button.Contains("pplicant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_email_pasted_as_the_very_first_message_is_read_after_the_welcome()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say(InterviewRejection))
            .Says("I'm CoachBot, an AI career coach")
            .Says($"{IntakeDialog.EmailRead} I picked out company: Fabrikam")
            .DoesNotSay(IntakeDialog.CompanyOrEmailPrompt)
            .Asks(IntakeDialog.HeardWhenPrompt);
    }

    [Fact]
    public async Task A_pasted_email_is_never_taken_for_the_company_name()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var read = await chat.Say(InterviewRejection);

        read.DoesNotSay(IntakeDialog.CompanyPrompt).DoesNotSay(IntakeDialog.RolePrompt).DoesNotSay(IntakeDialog.StagePrompt).DoesNotSay(IntakeDialog.HeardViaPrompt);
    }

    [Fact]
    public async Task An_email_that_does_not_name_the_company_gets_the_company_question()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var read = (await chat.Say(RejectionWithoutCompany)).Asks(IntakeDialog.CompanyPrompt);
        Assert.Equal(
            [
                $"{IntakeDialog.EmailRead} I picked out role: Marketing Coordinator. I'll only ask what's missing.",
                IntakeDialog.CompanyPrompt,
            ],
            read.Texts);
        // "not moving forward with your application" does not say how far they got: asked, never presumed.
        (await chat.Say("Contoso")).Asks(IntakeDialog.StagePrompt);
        (await chat.Say("Application")).Asks(IntakeDialog.HeardWhenPrompt);
        (await chat.Say("Today")).Asks(IntakeDialog.ReasonPrompt);
        (await chat.ConfirmSummary(await chat.Say(IntakeDialog.NoReason))).Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Equal(("Contoso", "Marketing Coordinator", RejectionStage.Application), (saved.Company, saved.Role, saved.Stage));
        Assert.Equal((HeardVia.Email, HeardWhen.Today), (saved.HeardVia, saved.HeardWhen));
    }

    [Fact]
    public async Task An_email_with_no_details_to_pick_out_says_so_and_asks_all_but_how_they_heard()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        var read = (await chat.Say("Hello,\n\nUnfortunately we will not be moving forward.\n\nThanks")).Asks(IntakeDialog.CompanyPrompt);

        Assert.Equal([$"{IntakeDialog.EmailRead} I couldn't pick out the details, so I'll ask a few quick questions.", IntakeDialog.CompanyPrompt], read.Texts);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
        (await chat.Say("Interview")).Asks(IntakeDialog.HeardWhenPrompt);
    }
}
