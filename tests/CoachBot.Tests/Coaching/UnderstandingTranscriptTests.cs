using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Coaching;

/// <summary>What people actually say: stories, non-answers, typos, corrections and questions outside coaching.</summary>
public class UnderstandingTranscriptTests
{
    private const string Story = "Contoso rejected me for the data analyst role after the final round, found out by email this morning";

    [Fact]
    public async Task A_story_at_the_company_question_is_read_for_every_detail_and_only_the_rest_is_asked()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say(Story)).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.Say(IntakeDialog.NoReason)).Asks(IntakeDialog.ContactPrompt);
        (await chat.Say(IntakeDialog.SkipContact))
            .Asks($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, final round, heard by e-mail today. {IntakeDialog.SummaryPrompt}", IntakeDialog.LooksRight, IntakeDialog.ChangeSomething);
        var feeling = await chat.Say(IntakeDialog.LooksRight);
        feeling.Asks(CheckInDialog.FeelingPrompt);

        var reflected = await chat.Say("Disappointed");
        reflected.Says("You put real time and hope into Contoso,").DoesNotSay("Contoso rejected me");
        var draft = (await chat.Say(reflected.Buttons[0])).Draft;
        Assert.StartsWith("Dear Contoso hiring team,", draft, StringComparison.Ordinal);
        // Role and company are named apart ("the Data Analyst role", "Contoso"), not run together in one template phrase.
        Assert.Contains("the Data Analyst role", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("role at Contoso", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_story_as_the_very_first_message_is_read_too()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say(Story)).Says("I'm CoachBot").Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    [InlineData("skip")]
    [InlineData("can you help me?")]
    [InlineData("🙃🙃")]
    [InlineData("1")]
    [InlineData("Looks right")]
    [InlineData("sounds good")]
    [InlineData("honestly it was one of the biggest firms in town, the one everybody knows")]
    public async Task An_answer_that_cannot_be_a_company_is_not_kept_and_asked_once_more(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say(answer)).Asks(IntakeDialog.CompanyAgainPrompt, IntakeDialog.RatherNotSay);
        (await chat.Say(IntakeDialog.RatherNotSay)).Asks(IntakeDialog.RolePrompt);

        var replies = await chat.AnswerIntake(await chat.Say("Data Analyst"), new IntakeAnswers());
        replies.Asks(CheckInDialog.FeelingPrompt);
        var saved = await chat.FinishAfterIntake();
        Assert.Null(saved.Company);
        Assert.StartsWith("Dear hiring team,", saved.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain(answer, saved.Draft!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I have no idea")]
    [InlineData("👍")]
    [InlineData("2")]
    [InlineData("what do you mean?")]
    public async Task An_answer_that_cannot_be_a_role_is_asked_once_more_then_left_out(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");

        (await chat.Say(answer)).Asks(IntakeDialog.RoleAgainPrompt, IntakeDialog.RatherNotSay);
        (await chat.Say(answer)).Asks(IntakeDialog.StagePrompt);
    }

    [Fact]
    public async Task A_resume_review_question_points_to_the_career_office_booking_link_and_is_not_kept()
    {
        await using var chat = TestConversation.Start(configure: builder =>
            builder.Configuration["CoachBot:Organizations:Default:BookingUrl"] = "https://careers.example.edu/book");
        await chat.Say("hi");

        (await chat.Say("can you review my resume?"))
            .Says("https://careers.example.edu/book")
            .DoesNotSay("Sorry, I didn't catch that")
            .Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("help me practice for my interview next week")).Says("mock interviews").Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
    }

    [Theory]
    [InlineData("finla round")]
    [InlineData("last round")]
    [InlineData("I had the finla round interview")]
    [InlineData("the final interviews")]
    public async Task Stages_are_understood_with_typos_paraphrases_and_in_a_sentence(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");

        (await chat.Say(answer)).Asks(IntakeDialog.HeardViaPrompt);
        await chat.AnswerIntake(await chat.Say("they emailed me"), new IntakeAnswers());
        Assert.Equal(RejectionStage.FinalRound, (await chat.FinishAfterIntake()).Stage);
    }

    [Theory]
    [InlineData("they emailed me", HeardVia.Email)]
    [InlineData("by mail", HeardVia.Email)]
    [InlineData("got a phone call", HeardVia.Call)]
    public async Task Ways_of_hearing_are_understood_in_plain_words(string answer, HeardVia via)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Interview");

        (await chat.Say(answer)).Asks(IntakeDialog.HeardWhenPrompt);
        await chat.AnswerIntake(await chat.Say("a few weeks ago"), new IntakeAnswers());
        var saved = await chat.FinishAfterIntake();
        Assert.Equal(via, saved.HeardVia);
        Assert.Equal(HeardWhen.EarlierThanThat, saved.HeardWhen);
    }

    [Fact]
    public async Task An_answer_naming_two_stages_is_asked_about_not_guessed()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");

        (await chat.Say("a phone screen and then an onsite"))
            .Asks("Just to check, did you mean \"Screening call\" or \"Final round\"?");
        (await chat.Say("Final round")).Asks(IntakeDialog.HeardViaPrompt);
    }

    [Fact]
    public async Task Corrections_in_plain_words_at_the_summary_change_the_details()
    {
        await using var chat = TestConversation.Start();
        var summary = await chat.Say("hi");
        summary = await chat.AnswerIntakeUntilSummary(summary);
        Assert.Contains("interviews", summary.Activities[^1].Text, StringComparison.Ordinal);

        (await chat.Say(IntakeDialog.ChangeSomething)).Asks(IntakeDialog.ChangePrompt);
        var changed = await chat.Say("actually it was the final round");
        Assert.Contains("final round", changed.Activities[^1].Text, StringComparison.Ordinal);
        changed = await chat.Say("the role was Data Engineer");
        Assert.Contains("Data Engineer", changed.Activities[^1].Text, StringComparison.Ordinal);

        await chat.Say(IntakeDialog.LooksRight);
        var saved = await chat.FinishAfterIntake();
        Assert.Equal(RejectionStage.FinalRound, saved.Stage);
        Assert.Equal("Data Engineer", saved.Role);
    }

    [Fact]
    public async Task A_correction_at_the_draft_rewrites_the_draft_with_it()
    {
        await using var chat = TestConversation.Start();
        var first = await chat.ReachFirstDraft();
        Assert.StartsWith("Dear Contoso hiring team,", first.Draft, StringComparison.Ordinal);

        var rewritten = (await chat.Say("his name is Tom")).Says(ReplyDialog.Corrected).Asks(ReplyDialog.RevisePrompt);

        Assert.StartsWith("Dear Tom,", rewritten.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thanks_after_the_wrap_up_gets_a_short_reply_not_a_new_intake()
    {
        await using var chat = TestConversation.Start();
        await chat.FinishCase();

        var replies = await chat.Say("thanks!");

        Assert.Equal([CoachingBot.SmallTalkReply], replies.Texts);
        replies.AsksNothing();
        (await chat.Say("ok")).AsksNothing().DoesNotSay(IntakeDialog.CompanyOrEmailPrompt);
    }

    [Fact]
    public async Task What_can_you_do_explains_and_goes_back_to_the_question()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say("what can you do?")).Says("I help you make sense of a job rejection").Asks(IntakeDialog.CompanyOrEmailPrompt);
    }

    [Theory]
    [InlineData("Looks right")]
    [InlineData("Frustrated")]
    [InlineData("nah")]
    public async Task A_button_label_or_a_filler_is_not_taken_for_the_contacts_name(string answer)
    {
        await using var chat = TestConversation.Start();
        (await chat.Say(Story)).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.Say(IntakeDialog.NoReason)).Asks(IntakeDialog.ContactPrompt);

        (await chat.Say(answer)).Asks(IntakeDialog.ContactAgainPrompt);
    }

    [Fact]
    public async Task Who_interviewed_them_names_the_contact_and_leaves_the_stage_as_it_was()
    {
        await using var chat = TestConversation.Start();
        (await chat.Say(Story)).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.Say(IntakeDialog.NoReason)).Asks(IntakeDialog.ContactPrompt);

        var summary = await chat.Say("actually it was Dr. Amara Okafor who interviewed me");

        Assert.StartsWith($"{IntakeDialog.SummaryIntro} Contoso, Data Analyst, final round", summary.Activities[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Dr. Amara Okafor", summary.Activities[^1].Text, StringComparison.Ordinal);
        await chat.ConfirmSummary(summary);
        var saved = await chat.FinishAfterIntake();
        Assert.StartsWith("Dear Dr. Okafor,", saved.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_to_another_question_at_the_summary_gets_how_to_answer_it()
    {
        await using var chat = TestConversation.Start();
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("hi"));

        (await chat.Say("Frustrated"))
            .Says(string.Format(System.Globalization.CultureInfo.InvariantCulture, IntakeDialog.SummaryHintFormat, "choose"))
            .Asks(summary.Activities[^1].Text!, IntakeDialog.LooksRight, IntakeDialog.ChangeSomething);
    }

    [Fact]
    public async Task A_ghosted_story_in_lower_case_reads_back_with_its_acronyms_and_an_unlisted_feeling_is_taken()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.Say("i applied to fabrikam for a ux designer internship 3 weeks ago and never heard back");

        Assert.Equal($"{IntakeDialog.SummaryIntro} Fabrikam, UX Designer Internship, application stage, last heard from them about three weeks ago. {IntakeDialog.SummaryPrompt}", summary.Activities[^1].Text);
        await chat.ConfirmSummary(summary);
        (await chat.Say("anxious")).DoesNotSay(IntakeDialog.ChoiceAgainLead).DoesNotSay(CheckInDialog.FeelingPrompt);
    }
}
