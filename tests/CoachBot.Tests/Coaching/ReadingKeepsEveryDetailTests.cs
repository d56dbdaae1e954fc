using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Issue 19, read again on new stories: five kinds of detail a reviewer still saw lost. Each kind is told in
/// several sentences of our own, read by the built-in reader, and walked through the real bot once: a
/// company named after someone of it, a stage said by the step that never came, when the news came said
/// as time gone by, a rescinding e-mail's reason, and a decline told over two messages.
/// </summary>
public sealed class ReadingKeepsEveryDetailTests
{
    // ----- 1. A company named inside a phrase about a person -----

    [Theory]
    [InlineData("the recruiter at Alpine Ski House rang me, they're not moving forward", "Alpine Ski House")]
    [InlineData("got a message from the hiring manager over at Coho Winery saying they picked someone else", "Coho Winery")]
    [InlineData("someone from the talent team at Wide World Importers called, I didn't get it", "Wide World Importers")]
    [InlineData("a recruiter at margie's travel emailed this morning, not moving forward", "Margie's Travel")]
    [InlineData("heard from the recruiting team at Blue Yonder Airlines, rejected", "Blue Yonder Airlines")]
    public void A_company_named_after_someone_of_it_is_read(string story, string company) =>
        Assert.Equal(company, StoryReader.Read(story).Company);

    [Theory]
    [InlineData("got an email from the hiring manager, they went with someone else")]
    [InlineData("heard back from the talent team today, it's a no")]
    public void Someone_of_the_company_is_never_taken_for_the_company(string story) =>
        Assert.Null(StoryReader.Read(story).Company);

    [Fact]
    public async Task The_recruiter_at_a_company_is_not_asked_which_company_it_was()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("the recruiter at Alpine Ski House rang me this morning, they're not moving forward with me for the ski instructor role after the interview");

        replies.DoesNotSay(IntakeDialog.CompanyPrompt).DoesNotSay(IntakeDialog.CompanyOrEmailPrompt);
        replies = await chat.AnswerIntakeUntilSummary(replies);
        Assert.StartsWith($"{IntakeDialog.SummaryIntro} Alpine Ski House, Ski Instructor", replies.Activities[^1].Text, StringComparison.Ordinal);
    }

    // ----- 2. A stage said by what did not happen -----

    [Theory]
    [InlineData("didn't even get a call from Tailwind Traders for the analyst role")]
    [InlineData("never got an interview with Coho Winery, just a rejection email")]
    [InlineData("Lamna rejected me straight off my resume for the lab assistant job")]
    [InlineData("they didn't even look at my portfolio, Fourth Coffee said no to the designer role")]
    [InlineData("rejected by Contoso before any interview")]
    [InlineData("Proseware turned me down without so much as a phone screen")]
    public void A_step_that_never_came_says_the_application_stage(string story)
    {
        var details = StoryReader.Read(story);

        Assert.Equal(RejectionStage.Application, details.Stage);
        // The call that never came is not how the news came.
        Assert.NotEqual(HeardVia.Call, details.HeardVia);
    }

    [Theory]
    [InlineData("had a phone screen with Coho Winery but never got an interview", RejectionStage.ScreeningCall)]
    [InlineData("I interviewed twice at Contoso but didn't get a call back, then a rejection", RejectionStage.Interview)]
    public void A_step_that_did_come_is_the_stage_whatever_came_after(string story, RejectionStage stage)
    {
        var details = StoryReader.Read(story);

        Assert.Equal(stage, details.Stage);
        Assert.NotEqual(HeardVia.Call, details.HeardVia);
    }

    [Fact]
    public async Task Rejected_without_even_a_call_is_not_asked_how_far_they_got()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("didn't even get a call from Tailwind Traders for the logistics analyst role, the rejection email came today");

        replies.DoesNotSay(IntakeDialog.StagePrompt).DoesNotSay(IntakeDialog.HeardViaPrompt);
        await chat.AnswerIntake(replies, new IntakeAnswers());
        var saved = await chat.FinishAfterIntake();
        Assert.Equal(RejectionStage.Application, saved.Stage);
        Assert.Equal(HeardVia.Email, saved.HeardVia);
    }

    // ----- 3. When heard, said as time gone by -----

    [Theory]
    [InlineData("Fabrikam turned me down, it's been 9 days", HeardWhen.EarlierThanThat)]
    [InlineData("got the rejection about three weeks ago from Contoso", HeardWhen.EarlierThanThat)]
    [InlineData("waiting to hear from Proseware since last Thursday", HeardWhen.EarlierThanThat)]
    [InlineData("a month now and still nothing from Litware after my interview", HeardWhen.EarlierThanThat)]
    [InlineData("it has been 12 days since the final round at Relecloud and no word", HeardWhen.EarlierThanThat)]
    [InlineData("heard from Adatum on Wednesday, they said no", HeardWhen.ThisWeek)]
    [InlineData("Northwind emailed me a no, 4 days ago", HeardWhen.ThisWeek)]
    public void Time_gone_by_says_when_they_heard(string story, HeardWhen when) =>
        Assert.Equal(when, StoryReader.Read(story).HeardWhen);

    [Theory]
    [InlineData("they said they'd decide in two weeks' time but Contoso rejected me")]
    [InlineData("Contoso rejected me for a six month placement")]
    public void A_length_of_time_that_is_not_time_gone_by_says_nothing_of_when(string story) =>
        Assert.Null(StoryReader.Read(story).HeardWhen);

    [Fact]
    public async Task Ghosted_for_a_month_is_not_asked_when_they_last_heard()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("a month now and still nothing from Litware after my interview for the product analyst role");

        replies.DoesNotSay(IntakeDialog.LastHeardWhenPrompt).DoesNotSay(IntakeDialog.HeardWhenPrompt).DoesNotSay(IntakeDialog.HeardViaPrompt);
        await chat.AnswerIntake(replies, new IntakeAnswers());
        var saved = await chat.FinishAfterIntake();
        Assert.Equal(Situation.Ghosted, saved.Situation);
        Assert.Equal(HeardWhen.EarlierThanThat, saved.HeardWhen);
    }

    // ----- 4. A rescinding e-mail's reason is the reason -----

    private const string RestructuredEmail = """
        Hello Sam,

        I'm sorry to tell you that following a restructuring of the design team, we are withdrawing the offer for the Junior UX Designer position at Alpine Ski House.

        Warm regards,
        Lena Brooks
        Talent Partner | Alpine Ski House
        """;

    private const string BudgetCutsEmail = """
        Dear Sam,

        Unfortunately, due to budget reductions this quarter, we are rescinding the offer for the Junior Designer role at Fabrikam.

        Best regards,
        Dana Ortiz
        Recruiter, Fabrikam
        """;

    private const string EliminatedEmail = """
        Hi Sam,

        We regret to let you know that the role has been eliminated, and we must withdraw our offer for the Data Analyst position at Northwind Traders.

        Best regards,
        Jo Park
        Talent Acquisition, Northwind Traders
        """;

    private const string NoReasonEmail = """
        Dear Sam,

        We regret to inform you that we are withdrawing our offer of employment for the Lab Technician role at Coho Winery.

        Regards,
        Ana Silva
        Recruiter, Coho Winery
        """;

    [Theory]
    [InlineData(RestructuredEmail, "a restructuring of the design team")]
    [InlineData(BudgetCutsEmail, "budget reductions this quarter")]
    [InlineData(EliminatedEmail, "the role has been eliminated")]
    public void A_rescinding_emails_reason_is_the_reason_not_its_first_sentence(string email, string reason)
    {
        var details = BuiltInMessageReader.Read(email);

        Assert.Equal(RejectionStage.OfferRescinded, details.Stage);
        Assert.Equal(reason, details.Reason);
    }

    [Fact]
    public void A_rescinding_email_that_gives_no_reason_gives_none() =>
        Assert.Null(BuiltInMessageReader.Read(NoReasonEmail).Reason);

    [Fact]
    public async Task A_pasted_rescinding_email_shows_the_reason_in_the_summary()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say(BudgetCutsEmail);

        replies = await chat.AnswerIntakeUntilSummary(replies);
        var summary = replies.Activities[^1].Text!;
        Assert.Contains("reason: \"budget reductions this quarter\"", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Unfortunately", summary, StringComparison.Ordinal);
    }

    // ----- 5. A two-message story keeps every detail -----

    [Fact]
    public async Task An_offer_then_turning_it_down_keeps_the_company_and_the_reason()
    {
        await using var chat = TestConversation.Start();
        chat.UserName = "Sam Rivera";

        await chat.Say("I got an offer from Lucerne Publishing for the editorial assistant role");
        var replies = await chat.Say("I'm turning it down, I'm moving to another city");

        replies.DoesNotSay(IntakeDialog.CompanyPrompt).DoesNotSay(IntakeDialog.RolePrompt).DoesNotSay(IntakeDialog.DeclineReasonPrompt);
        replies = await chat.AnswerIntakeUntilSummary(replies);
        Assert.Contains("Lucerne Publishing", replies.Activities[^1].Text, StringComparison.Ordinal);
        Assert.Contains("reason: \"I'm moving to another city\"", replies.Activities[^1].Text, StringComparison.Ordinal);
        (await chat.ConfirmSummary(replies)).Asks(CheckInDialog.FeelingPrompt);
        var draft = (await chat.Sign(await chat.Say(Walkthrough.Label(Choices.Feelings, Feeling.Relieved)))).DoesNotSay(ReplyDialog.GoalPrompt).Draft;
        // The reason goes into the draft in professional wording by its kind (relocation), never in the person's own chat words.
        Assert.Matches("where I need to be based|location does not fit", draft);
        Assert.DoesNotContain("moving to another city", draft, StringComparison.Ordinal);
        Assert.Contains("Lucerne Publishing", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_first_then_the_company_and_a_reason_in_the_second_message()
    {
        await using var chat = TestConversation.Start();

        await chat.Say("i need to say no to an offer");
        var replies = await chat.Say("it's from Lucerne Publishing for the editorial assistant job, my partner got a job in Denver");

        replies.DoesNotSay(IntakeDialog.CompanyPrompt).DoesNotSay(IntakeDialog.RolePrompt).DoesNotSay(IntakeDialog.DeclineReasonPrompt);
        replies = await chat.AnswerIntakeUntilSummary(replies);
        Assert.Contains("Lucerne Publishing, Editorial Assistant", replies.Activities[^1].Text, StringComparison.Ordinal);
        Assert.Contains("reason: \"my partner got a job in Denver\"", replies.Activities[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_person_says_of_themselves_is_never_the_employers_reason()
    {
        var rejection = new RejectionCase { Situation = Situation.Rejected };

        CaseDetails.Merge(rejection, StoryReader.Read("I'm moving to another city anyway, I'm sure of it"), replace: false);

        Assert.Null(rejection.Reason);
    }

    // ----- Found walking fourteen new stories (ScenarioStories, "Fourteen more") -----

    [Theory]
    [InlineData("IT Support Technician", "IT Support Technician")]
    [InlineData("HR Coordinator", "HR Coordinator")]
    [InlineData("IT support analyst", "IT Support Analyst")]
    public void A_title_with_its_short_form_in_capitals_is_taken_as_the_role(string answer, string role)
    {
        var checkedAnswer = AnswerCheck.Role(answer);

        Assert.Equal(AnswerKind.Usable, checkedAnswer.Kind);
        Assert.Equal(role, checkedAnswer.Value);
    }

    [Fact]
    public void A_short_form_in_a_story_is_read_inside_the_title_but_never_as_a_company()
    {
        Assert.Equal("IT Support Technician", StoryReader.Read("HR from Litware Systems rang, not moving forward after the phone screen for the IT support technician role").Role);
        Assert.Null(StoryReader.Read("HR said no to me today").Company);
        Assert.Equal("Analyst", StoryReader.Read("it was for the analyst role").Role);
    }

    [Theory]
    [InlineData("the recruiter called, they went with someone with latte art experience for the barista trainer role after my second interview", "someone with latte art experience")]
    [InlineData("Halcyon Media said no because I lacked agency experience after the final round", "I lacked agency experience")]
    [InlineData("Brightwater said no because they wanted someone local, by phone yesterday", "they wanted someone local")]
    public void A_reason_ends_where_the_story_goes_on(string story, string reason) =>
        Assert.Equal(reason, StoryReader.Read(story).Reason);

    [Theory]
    [InlineData("it was pinecone games, the game tester role, they said the studio is restructuring", "Pinecone Games", "Game Tester")]
    [InlineData("it's harbor clinic group, clinical data coordinator, they emailed yesterday", "Harbor Clinic Group", "Clinical Data Coordinator")]
    public void A_second_message_said_as_a_list_gives_the_company_and_the_role(string message, string company, string role)
    {
        var details = StoryReader.Read(message);

        Assert.Equal(company, details.Company);
        Assert.Equal(role, details.Role);
    }

    [Fact]
    public void A_company_in_lower_case_ends_where_the_story_goes_on() =>
        Assert.Equal("Harbor Clinic Group", StoryReader.Read("negotiations with harbor clinic group fell apart over the start date").Company);

    [Fact]
    public void The_persons_own_words_above_a_pasted_email_keep_the_stage_they_tell()
    {
        const string pasted = """
            they didn't even look at my portfolio. here's the email:

            Hi Sam,

            Thank you for applying for the Motion Designer position at Southridge Video. We will not be moving forward with your application.

            Best,
            The Southridge Video Talent Team
            """;

        Assert.Equal(RejectionStage.Application, BuiltInMessageReader.Read(pasted).Stage);
    }

    // ----- Found reading fifteen more one-line stories -----

    [Theory]
    [InlineData("Hi, I applied to Fabrikam for a marketing internship two weeks ago and got rejected yesterday", HeardWhen.Yesterday)]
    [InlineData("interviewed at Contoso three weeks ago, the no came this morning", HeardWhen.Today)]
    public void The_day_said_outright_wins_over_the_time_since_a_step(string story, HeardWhen when) =>
        Assert.Equal(when, StoryReader.Read(story).HeardWhen);

    [Fact]
    public void Time_since_a_step_is_asked_about_unless_nothing_was_heard_since()
    {
        Assert.Null(StoryReader.Read("the final round at Contoso was two weeks ago and they rejected me").HeardWhen);

        var ghosted = new RejectionCase { Situation = Situation.Ghosted };
        CaseDetails.Merge(ghosted, StoryReader.Read("applied 5 weeks ago for the lift operations supervisor role"), replace: false);
        Assert.Equal(HeardWhen.EarlierThanThat, ghosted.HeardWhen);
    }

    [Theory]
    [InlineData("recruiter from Proseware said they're not moving forward with my application for the copywriter role", "Proseware", "Copywriter")]
    [InlineData("the hiring manager emailed me that contoso went with another candidate for the ux researcher role", "Contoso", "UX Researcher")]
    [InlineData("Tailspin Toys never even called me back for an interview for the toy designer role", "Tailspin Toys", "Toy Designer")]
    public void The_company_and_role_are_read_wherever_the_sentence_puts_them(string story, string company, string role)
    {
        var details = StoryReader.Read(story);

        Assert.Equal(company, details.Company);
        Assert.Equal(role, details.Role);
    }

    [Fact]
    public void Never_called_back_for_an_interview_is_the_application_stage_and_no_call()
    {
        var details = StoryReader.Read("Tailspin Toys never even called me back for an interview for the toy designer role");

        Assert.Equal(RejectionStage.Application, details.Stage);
        Assert.Null(details.HeardVia);
    }

    [Fact]
    public void Not_replying_is_no_answer_yet()
    {
        var details = StoryReader.Read("Contoso hasn't replied in over a week since my onsite for the SWE intern role");

        Assert.Equal("Contoso", details.Company);
        Assert.Equal(Situation.Ghosted, details.Situation);
        Assert.Equal(HeardWhen.EarlierThanThat, details.HeardWhen);
    }

    [Fact]
    public void A_date_is_never_a_company() =>
        Assert.Equal("Contoso", StoryReader.Read("heard nothing back from Contoso since my final interview on the 3rd").Company);
}
