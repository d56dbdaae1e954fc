using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// Stories understood the first time (issue 19, "Understanding" and "Situations"): every detail kept across
/// messages, nothing set from one ambiguous word, and what the person says at each question read for
/// what it is. Each test is a kind of failure seen, told in new words.
/// </summary>
public sealed class StoriesUnderstoodTests
{
    [Fact]
    public async Task Declining_an_offer_told_in_one_message_is_a_decline_not_a_rejection()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("Lakeshore Labs offered me the junior QA engineer job, but I'm turning it down. could you help me word the reply?");
        var answers = new IntakeAnswers { Company = "Lakeshore Labs", Role = "Junior QA Engineer" };
        replies = await chat.AnswerIntake(replies, answers);

        replies.Asks(IntakeDialog.DeclineReasonPrompt, IntakeDialog.KeepItSimple);
        (await chat.AnswerIntake(await chat.Say(IntakeDialog.KeepItSimple), answers)).Asks(CheckInDialog.FeelingPrompt);
        var draft = (await chat.Say("Relieved")).DoesNotSay(ReplyDialog.GoalPrompt).Draft;
        Assert.Contains("decline", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("your decision", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("remain interested", draft, StringComparison.Ordinal);
        var saved = await FinishFromRevision(chat);
        Assert.Equal(Situation.DeclinedOffer, saved.Situation);
        Assert.Null(saved.Stage);
    }

    [Theory]
    [InlineData("I was offered the junior QA engineer role at Lakeshore Labs and I have decided to decline it")]
    [InlineData("got an offer from Lakeshore Labs for junior QA engineer but I'm going to say no to it")]
    [InlineData("can you help me write the decline for Lakeshore Labs")]
    public void A_decline_is_read_however_it_is_put(string story) =>
        Assert.Equal(Situation.DeclinedOffer, StoryReader.Read(story).Situation);

    [Fact]
    public async Task A_pasted_email_that_only_says_your_application_leaves_the_stage_to_the_person()
    {
        const string email = """
            Hello Jun,

            Thank you for your time and interest in the Junior Buyer role at Kestrel Outfitters. Unfortunately we won't be moving forward with your application.

            Best wishes,
            Ines Carvalho
            People Team, Kestrel Outfitters
            """;
        await using var chat = TestConversation.Start();

        var replies = await chat.Say(email);

        if (replies.Activities[^1].Text != IntakeDialog.StagePrompt)
        {
            Assert.Fail(replies.ToString() + BuiltInMessageReader.Read(email) + RejectionEmailExtractor.Read(email) + StoryReader.Read(email));
        }

        replies.Says(IntakeDialog.EmailRead).Asks(IntakeDialog.StagePrompt);
        replies = await chat.Say(Walkthrough.Label(Choices.Stages, RejectionStage.FinalRound));
        replies = await chat.AnswerIntake(replies, new IntakeAnswers());
        replies.Asks(CheckInDialog.FeelingPrompt);
        var advice = await chat.Say("Disappointed");
        advice.DoesNotSay("At the application stage");
        var draft = (await chat.Say(advice.Buttons[0])).Draft;
        Assert.DoesNotContain("reviewing", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Your_application_in_an_email_is_not_the_application_stage_but_a_review_of_it_is()
    {
        Assert.Null(RejectionEmailExtractor.Read("Dear Jun,\n\nWe regret to tell you we will not be moving forward with your application.\n\nRegards,\nKestrel Outfitters").Stage);
        Assert.Equal(RejectionStage.Application, RejectionEmailExtractor.Read("Dear Jun,\n\nAfter reviewing your application, we regret that you have not been selected for an interview.\n\nRegards,\nKestrel Outfitters").Stage);
    }

    [Fact]
    public async Task A_company_in_lower_case_in_a_list_is_kept_with_the_internship_in_the_role()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("kestrel outfitters, merchandising analyst internship, interview, email, yesterday");

        replies.Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal("Kestrel Outfitters", saved.Company);
        Assert.Equal("Merchandising Analyst Internship", saved.Role);
    }

    [Theory]
    [InlineData("the junior acountant role", "Junior Accountant")]
    [InlineData("a graphic desinger position", "Graphic Designer")]
    [InlineData("the sofware enginer internship", "Software Engineer Internship")]
    public void A_clearly_misspelt_role_is_read_as_typed_and_its_likely_spelling_offered(string words, string expected) =>
        Assert.Equal(expected, RoleSpelling.Doubt(StoryReader.Read($"Kestrel Outfitters rejected me for {words} yesterday").Role)?.Suggested);

    [Theory]
    [InlineData("Zorbalyst")]
    [InlineData("Data Wrangler")]
    public void A_word_that_is_not_clearly_a_misspelling_is_kept_as_typed(string role) =>
        Assert.Equal(role, Names.Role(role));

    [Fact]
    public async Task Two_companies_at_once_are_taken_one_at_a_time_and_never_become_both_X()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("turned down by both kestrel outfitters and Harbor Freightways today, feeling awful");

        Assert.StartsWith("Two at once is a lot", replies.Activities[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Kestrel Outfitters or Harbor Freightways", replies.Activities[^1].Text, StringComparison.Ordinal);
        replies = await chat.Say("Harbor Freightways");
        replies.Asks(IntakeDialog.RolePrompt);
        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal("Harbor Freightways", saved.Company);
        Assert.DoesNotContain("both", saved.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_second_message_of_a_story_is_read_for_everything_it_says()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("kestrel outfitters said no :(")).Asks(IntakeDialog.RolePrompt);
        var replies = await chat.Say("it was the inventory planner job, after two interviews. they emailed on monday saying they went with an internal candidate");

        replies.Asks(IntakeDialog.ContactPrompt, IntakeDialog.SkipContact);
        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal(HeardWhen.ThisWeek, saved.HeardWhen);
        Assert.Equal("Inventory Planner", saved.Role);
        Assert.Equal(RejectionStage.Interview, saved.Stage);
        Assert.Equal(HeardVia.Email, saved.HeardVia);
        Assert.Contains("internal candidate", saved.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the recruiter, sara lindqvist, emailed me that Kestrel Outfitters went another way for the buyer role", "Sara Lindqvist")]
    [InlineData("Kestrel Outfitters rejected me for the buyer role after my interview with dr nakamura", "Dr. Nakamura")]
    [InlineData("hiring manager leo grant called: Kestrel Outfitters rejected me for the buyer role", "Leo Grant")]
    public void A_contact_named_in_the_story_is_kept(string story, string contact) =>
        Assert.Equal(contact, StoryReader.Read(story).ContactName);

    [Fact]
    public async Task Weeks_without_news_after_an_interview_is_no_answer_yet_not_how_did_you_hear()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("three weeks since my second interview with Kestrel Outfitters for the buyer role and no one has gotten back to me");

        replies.DoesNotSay(IntakeDialog.HeardViaPrompt).Asks(IntakeDialog.ContactPrompt, IntakeDialog.SkipContact);
        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal(Situation.Ghosted, saved.Situation);
        Assert.Equal(HeardWhen.EarlierThanThat, saved.HeardWhen);
        Assert.Equal(ReplyGoal.CheckOnStatus, saved.Goal);
    }

    [Fact]
    public async Task A_stage_typed_at_the_summary_corrects_the_stage_and_is_never_a_reason()
    {
        await using var chat = TestConversation.Start();
        var replies = await chat.AnswerIntakeUntilSummary(await chat.Say("hi"), new IntakeAnswers { Company = "Kestrel Outfitters", Role = "Buyer", Stage = RejectionStage.Interview, Reason = IntakeDialog.NoReason });

        replies = await chat.Say("Final round");

        Assert.Contains("final round", replies.Activities[^1].Text, StringComparison.Ordinal);
        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal(RejectionStage.FinalRound, saved.Stage);
        Assert.Null(saved.Reason);
    }

    [Theory]
    [InlineData("Mr. Lindqvist from Northwind Health called this morning, I didn't get the clinical research coordinator job after the final panel", "Northwind Health")]
    [InlineData("The offer from Litware Consulting fell through because we couldn't agree on a start date for the business analyst role", "Litware Consulting")]
    [InlineData("Sam from Humongous Insurance emailed today, they went with another candidate for the claims analyst role", "Humongous Insurance")]
    public void A_company_never_takes_in_the_words_around_it(string story, string company) =>
        Assert.Equal(company, StoryReader.Read(story).Company);

    [Theory]
    [InlineData("Bank of America", "Bank of America")]
    [InlineData("Save the Children", "Save the Children")]
    [InlineData("contoso bank", "Contoso Bank")]
    [InlineData("Lindqvist from Northwind Health", "Northwind Health")]
    [InlineData("Litware Consulting fell through", "Litware Consulting")]
    public void A_company_is_its_name_and_only_its_name(string words, string company) =>
        Assert.Equal(company, Names.Company(words));

    [Theory]
    [InlineData("Litware Consulting fell through")]
    [InlineData("Lindqvist from Northwind Health")]
    public void The_rubric_fails_a_draft_whose_company_runs_past_the_name(string company)
    {
        var rejection = new RejectionCase { Company = company, Role = "Business Analyst", Stage = RejectionStage.Interview, Situation = Situation.Rejected };
        var draft = $"Dear {company} hiring team,\n\nThank you for the interviews for the Business Analyst role at {company}. I would welcome being considered for future openings.\n\nBest regards,";

        var verdict = DraftRubric.Check(draft, new DraftRequest(rejection, ReplyGoal.ThankAndStayConnected, rejection.Style, null));

        Assert.Contains(verdict.Failures, failure => failure.StartsWith("unshaped-field", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_from_the_company_in_the_story_is_the_contact_and_never_part_of_the_company()
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say("Mr. Lindqvist from Northwind Health called this morning, I didn't get the clinical research coordinator job after the final panel");

        var saved = await FinishIntakeAndCase(chat, replies);
        Assert.Equal("Northwind Health", saved.Company);
        Assert.Equal("Mr. Lindqvist", saved.ContactName);
        Assert.DoesNotContain("Lindqvist from", saved.Draft, StringComparison.Ordinal);
        Assert.Contains("at Northwind Health", saved.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_button_typed_at_the_reason_question_is_never_stored_as_the_reason()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Kestrel Outfitters");
        await chat.Say("Buyer");
        await chat.Say(Walkthrough.Label(Choices.Stages, RejectionStage.Interview));
        await chat.Say(Walkthrough.Label(Choices.HeardVia, HeardVia.Email));
        (await chat.Say(Walkthrough.Label(Choices.HeardWhen, HeardWhen.Today))).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);

        // A button's words are not the employer's reason: the question is asked once more.
        (await chat.Say("Final round")).Asks($"{IntakeDialog.ChoiceAgainLead} {IntakeDialog.ReasonPrompt}", IntakeDialog.NoReason);
        var replies = await chat.Say(IntakeDialog.NoReason);

        var saved = await FinishIntakeAndCase(chat, await chat.AnswerIntakeUntilSummary(replies, new IntakeAnswers()));
        Assert.NotEqual("Final round", saved.Reason);
        Assert.DoesNotContain("Final round", saved.Draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Naming_the_recruiter_at_the_contact_question_changes_only_the_contact()
    {
        await using var chat = TestConversation.Start();
        var replies = await chat.AnswerIntakeUntilSummary(await chat.Say("hi"), new IntakeAnswers { Company = "Kestrel Outfitters", Role = "Buyer", Stage = RejectionStage.FinalRound, Via = HeardVia.Email, When = HeardWhen.Today, Reason = IntakeDialog.NoReason, Contact = "the recruiter was Lena Ortiz" });

        Assert.Equal($"{IntakeDialog.SummaryIntro} Kestrel Outfitters, Buyer, final round, heard by e-mail today, contact: Lena Ortiz. {IntakeDialog.SummaryPrompt}", replies.Activities[^1].Text);
    }

    [Theory]
    [InlineData("sign it as Maya", "Maya")]
    [InlineData("just Maya Chen", "Maya Chen")]
    [InlineData("my name is Maya", "Maya")]
    public async Task The_name_to_sign_with_said_in_a_sentence_is_the_name(string answer, string signed)
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        chat.AutoSign = false;
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        var draft = (await chat.Say(answer)).Draft;

        Assert.EndsWith($"\n{signed}", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("sign it", draft, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Yes_to_the_signature_question_asks_for_the_name()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);
        chat.AutoSign = false;
        var goals = (await chat.Say("Disappointed")).Asks(ReplyDialog.GoalPrompt);
        (await chat.Say(goals.Buttons[0])).Asks(ReplyDialog.SignaturePrompt);

        (await chat.Say("yes")).Says(Signature.NameNeeded).Asks(ReplyDialog.SignaturePrompt);
        var draft = (await chat.Say("Maya")).Draft;

        Assert.EndsWith("\nMaya", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_greeting_can_be_changed_in_plain_words()
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft(new IntakeAnswers { Contact = "Lena Ortiz" });

        var changed = await chat.Say("change the greeting to Hi Lena");

        changed.DoesNotSay(ReplyDialog.CantDoThat).Says(ReplyDialog.RevisedDraftIntro);
        Assert.StartsWith("Hi Lena,\n\n", changed.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shorter_and_a_greeting_in_one_request_do_both()
    {
        await using var chat = TestConversation.Start();
        var first = (await chat.ReachFirstDraft(new IntakeAnswers { Contact = "Lena Ortiz" })).Draft;

        var changed = (await chat.Say("make it a bit shorter and just say Dear Lena")).Draft;

        Assert.StartsWith("Dear Lena,\n\n", changed, StringComparison.Ordinal);
        Assert.True(changed.Length < first.Length);
    }

    [Theory]
    [InlineData("I would love to stay in touch about future data roles")]
    [InlineData("i'd be glad to share my portfolio if helpful")]
    public async Task A_point_in_the_persons_own_voice_is_woven_in_without_a_lead_in(string point)
    {
        await using var chat = TestConversation.Start();
        await chat.ReachFirstDraft();
        (await chat.Say(ReplyDialog.AddPoint)).Asks(ReplyDialog.AddPointPrompt);

        var draft = (await chat.Say(point)).Draft;

        Assert.DoesNotContain("One thing I would add", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(":", draft.Split("\n\n")[2], StringComparison.Ordinal);
        Assert.Contains(char.ToUpperInvariant(point[0]) + point[1..] + ".", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_doubting_student_who_heard_yesterday_is_not_told_to_wait_out_the_heat_of_the_moment()
    {
        await using var chat = TestConversation.Start();
        (await chat.TellWhatHappened(new IntakeAnswers { When = HeardWhen.Yesterday })).Asks(CheckInDialog.FeelingPrompt);

        var replies = await chat.Say(Walkthrough.Label(Choices.Feelings, Feeling.DoubtingMyself));

        replies.DoesNotSay("heat of the moment").Asks(ReplyDialog.GoalPrompt);
    }

    [Theory]
    [InlineData(Feeling.Angry, HeardWhen.Today, true)]
    [InlineData(Feeling.Frustrated, HeardWhen.Today, true)]
    [InlineData(Feeling.Angry, HeardWhen.Yesterday, true)]
    [InlineData(Feeling.Frustrated, HeardWhen.Yesterday, false)]
    [InlineData(Feeling.DoubtingMyself, HeardWhen.Today, false)]
    [InlineData(Feeling.Disappointed, HeardWhen.Today, false)]
    [InlineData(Feeling.Angry, HeardWhen.ThisWeek, false)]
    public void The_wait_is_suggested_for_heat_not_for_self_doubt_nor_for_old_news(Feeling feeling, HeardWhen when, bool wait) =>
        Assert.Equal(wait, CoolingOffAdvice.CallsForWait(new RejectionCase { Feeling = feeling, HeardWhen = when, Stage = RejectionStage.Interview }));

    private static async Task<RejectionCase> FinishIntakeAndCase(TestConversation chat, Replies replies)
    {
        replies = await chat.AnswerIntake(replies, new IntakeAnswers { Role = "Buyer" });
        replies.Asks(CheckInDialog.FeelingPrompt);
        var goals = await chat.Say(Walkthrough.Label(Choices.Feelings, Feeling.Disappointed));
        await chat.Say(goals.Buttons[0]);
        return await FinishFromRevision(chat);
    }

    private static async Task<RejectionCase> FinishFromRevision(TestConversation chat)
    {
        (await chat.Say(ReplyDialog.LooksGood)).Asks(Walkthrough.OfferPrompt());
        await chat.Say(FollowUpPlanDialog.NoThanks);
        return (await chat.History())[^1];
    }
}
