using CoachBot.Coaching;
using CoachBot.Conversations.Dialogs;
using CoachBot.Tests.Infrastructure;
using static CoachBot.Tests.Infrastructure.Walkthrough;

namespace CoachBot.Tests.Coaching;

public sealed class IntakeTranscriptTests
{
    private static readonly string[] StageButtons = ["Application", "Screening call", "Interview", "Final round", "Offer rescinded", "Negotiation broke down"];
    private static readonly string[] HeardViaButtons = ["By e-mail", "By phone", "No word at all"];
    private static readonly string[] HeardWhenButtons = ["Today", "Yesterday", "Earlier this week", "Before that"];

    private static string Retry(string prompt) => $"{Prompt<FoundChoice>.DefaultRetryLead} {prompt}";

    [Theory]
    [InlineData(RejectionStage.ScreeningCall)]
    [InlineData(RejectionStage.Interview)]
    [InlineData(RejectionStage.FinalRound)]
    [InlineData(RejectionStage.OfferRescinded)]
    [InlineData(RejectionStage.NegotiationBrokeDown)]
    public async Task After_meeting_someone_the_contact_name_is_asked_last(RejectionStage stage)
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("hi")).Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt, StageButtons);
        (await chat.Say(Label(Choices.Stages, stage))).Asks(IntakeDialog.HeardViaPrompt, HeardViaButtons);
        (await chat.Say("By phone")).Asks(IntakeDialog.HeardWhenPrompt, HeardWhenButtons);
        (await chat.Say("Earlier this week")).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.Say("The team's budget was cut")).Asks(IntakeDialog.ContactPrompt, IntakeDialog.SkipContact);
        (await chat.ConfirmSummary(await chat.Say("Sam Rivera"))).Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Equal("Contoso", saved.Company);
        Assert.Equal("Data Analyst", saved.Role);
        Assert.Equal(stage, saved.Stage);
        Assert.Equal(HeardVia.Call, saved.HeardVia);
        Assert.Equal(HeardWhen.ThisWeek, saved.HeardWhen);
        Assert.Equal("The team's budget was cut", saved.Reason);
        Assert.Equal("Sam Rivera", saved.ContactName);
    }

    [Fact]
    public async Task After_an_application_nobody_was_met_so_no_contact_name_is_asked()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("hi")).Asks(IntakeDialog.CompanyOrEmailPrompt);
        (await chat.Say("Contoso")).Asks(IntakeDialog.RolePrompt);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt, StageButtons);
        (await chat.Say("Application")).Asks(IntakeDialog.HeardViaPrompt, HeardViaButtons);
        (await chat.Say("By e-mail")).Asks(IntakeDialog.HeardWhenPrompt, HeardWhenButtons);
        (await chat.Say("Today")).Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.ConfirmSummary((await chat.Say(IntakeDialog.NoReason)).DoesNotSay(IntakeDialog.ContactPrompt)))
            .Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Equal(RejectionStage.Application, saved.Stage);
        Assert.Null(saved.ContactName);
        Assert.Null(saved.Reason);
    }

    [Fact]
    public async Task With_no_word_at_all_it_asks_when_they_last_heard_and_not_for_a_reason()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Final round");

        (await chat.Say("No word at all")).Asks(IntakeDialog.LastHeardWhenPrompt, HeardWhenButtons);
        (await chat.Say("Before that"))
            .DoesNotSay(IntakeDialog.ReasonPrompt)
            .Asks(IntakeDialog.ContactPrompt, IntakeDialog.SkipContact);
        (await chat.ConfirmSummary(await chat.Say("Jordan Lee"))).Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Equal(HeardVia.NoWord, saved.HeardVia);
        Assert.Equal(HeardWhen.EarlierThanThat, saved.HeardWhen);
        Assert.Null(saved.Reason);
        Assert.Equal("Jordan Lee", saved.ContactName);
    }

    [Fact]
    public async Task Ghosted_after_an_application_goes_straight_from_when_to_how_they_feel()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Application");
        await chat.Say("No word at all");

        (await chat.ConfirmSummary(await chat.Say("Before that"))).Asks(CheckInDialog.FeelingPrompt);
    }

    [Theory]
    [InlineData("By e-mail", HeardVia.Email, IntakeDialog.HeardWhenPrompt)]
    [InlineData("By phone", HeardVia.Call, IntakeDialog.HeardWhenPrompt)]
    [InlineData("No word at all", HeardVia.NoWord, IntakeDialog.LastHeardWhenPrompt)]
    [InlineData("email", HeardVia.Email, IntakeDialog.HeardWhenPrompt)]
    [InlineData("They called", HeardVia.Call, IntakeDialog.HeardWhenPrompt)]
    [InlineData("ghosted", HeardVia.NoWord, IntakeDialog.LastHeardWhenPrompt)]
    [InlineData("2", HeardVia.Call, IntakeDialog.HeardWhenPrompt)]
    public async Task Each_way_of_hearing_is_understood_and_recorded(string answer, HeardVia expected, string nextQuestion)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        (await chat.Say("Interview")).Asks(IntakeDialog.HeardViaPrompt);

        var next = (await chat.Say(answer)).Asks(nextQuestion, HeardWhenButtons);

        await chat.AnswerIntake(next, new IntakeAnswers());
        Assert.Equal(expected, (await chat.FinishAfterIntake()).HeardVia);
    }

    [Theory]
    [InlineData("Today", HeardWhen.Today)]
    [InlineData("Yesterday", HeardWhen.Yesterday)]
    [InlineData("Earlier this week", HeardWhen.ThisWeek)]
    [InlineData("Before that", HeardWhen.EarlierThanThat)]
    [InlineData("last night", HeardWhen.Yesterday)]
    [InlineData("a few days ago", HeardWhen.ThisWeek)]
    [InlineData("4", HeardWhen.EarlierThanThat)]
    public async Task Each_when_is_understood_and_recorded(string answer, HeardWhen expected)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Interview");
        (await chat.Say("By e-mail")).Asks(IntakeDialog.HeardWhenPrompt);

        var next = (await chat.Say(answer)).Asks(IntakeDialog.ReasonPrompt);

        (await chat.AnswerIntake(next, new IntakeAnswers())).Asks(CheckInDialog.FeelingPrompt);
        Assert.Equal(expected, (await chat.FinishAfterIntake()).HeardWhen);
    }

    [Theory]
    [InlineData("Application", RejectionStage.Application)]
    [InlineData("Screening call", RejectionStage.ScreeningCall)]
    [InlineData("Interview", RejectionStage.Interview)]
    [InlineData("Final round", RejectionStage.FinalRound)]
    [InlineData("Offer rescinded", RejectionStage.OfferRescinded)]
    [InlineData("Negotiation broke down", RejectionStage.NegotiationBrokeDown)]
    [InlineData("3", RejectionStage.Interview)]
    [InlineData("FINAL ROUND", RejectionStage.FinalRound)]
    [InlineData("final round.", RejectionStage.FinalRound)]
    [InlineData("onsite", RejectionStage.FinalRound)]
    [InlineData("phone screen", RejectionStage.ScreeningCall)]
    [InlineData("my offer was rescinded", RejectionStage.OfferRescinded)]
    [InlineData("negotiation", RejectionStage.NegotiationBrokeDown)]
    public async Task Each_stage_is_understood_by_button_label_number_synonym_and_any_case(string answer, RejectionStage expected)
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt, StageButtons);

        var next = (await chat.Say(answer)).Asks(IntakeDialog.HeardViaPrompt, HeardViaButtons);

        (await chat.AnswerIntake(next, new IntakeAnswers())).Asks(CheckInDialog.FeelingPrompt);
        Assert.Equal(expected, (await chat.FinishAfterIntake()).Stage);
    }

    [Theory]
    [InlineData(IntakeDialog.NoReason)]
    [InlineData("none")]
    [InlineData("Nope.")]
    [InlineData("no reason")]
    [InlineData("They didn't")]
    [InlineData("They didn't say why")]
    [InlineData("Not really, no.")]
    public async Task Saying_there_was_no_reason_leaves_the_reason_empty(string answer)
    {
        await using var chat = TestConversation.Start();
        var asked = await chat.TellWhatHappened(new IntakeAnswers { Reason = answer });

        asked.Asks(CheckInDialog.FeelingPrompt);
        Assert.Null((await chat.FinishAfterIntake()).Reason);
    }

    [Theory]
    [InlineData("They went with an internal candidate")]
    [InlineData("No budget for the role this year")]
    [InlineData("They didn't think I had enough SQL experience")]
    [InlineData("Not really a fit for the team's current needs, they said")]
    public async Task A_reason_in_the_persons_own_words_is_kept_as_written(string reason)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Reason = reason });

        Assert.Equal(reason, (await chat.FinishAfterIntake()).Reason);
    }

    [Theory]
    [InlineData(IntakeDialog.SkipContact)]
    [InlineData("skip")]
    [InlineData("no idea")]
    [InlineData("I don't know")]
    [InlineData("Not sure")]
    public async Task Skipping_or_not_knowing_the_contact_leaves_it_empty(string answer)
    {
        await using var chat = TestConversation.Start();
        await chat.TellWhatHappened(new IntakeAnswers { Contact = answer });

        Assert.Null((await chat.FinishAfterIntake()).ContactName);
    }

    [Fact]
    public async Task A_contact_name_that_is_too_long_is_asked_once_more_and_left_empty()
    {
        await using var chat = TestConversation.Start();
        var asked = await chat.TellWhatHappened(new IntakeAnswers { Contact = new string('n', 101) });

        asked.Asks(IntakeDialog.ContactAgainPrompt, IntakeDialog.SkipContact);
        (await chat.ConfirmSummary(await chat.Say(new string('n', 101)))).Asks(CheckInDialog.FeelingPrompt);

        Assert.Null((await chat.FinishAfterIntake()).ContactName);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_stage_is_asked_again_with_the_same_buttons()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");

        (await chat.Say("it went badly")).Asks(Retry(IntakeDialog.StagePrompt), StageButtons);
        (await chat.Say("Interview")).Asks(IntakeDialog.HeardViaPrompt, HeardViaButtons);
    }

    [Fact]
    public async Task After_two_answers_that_are_not_a_stage_it_moves_on_without_one_and_asks_for_no_contact()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");

        (await chat.Say("hmm")).Asks(Retry(IntakeDialog.StagePrompt));
        (await chat.Say("a mix really")).Asks(IntakeDialog.HeardViaPrompt, HeardViaButtons);
        (await chat.Say("By e-mail")).Asks(IntakeDialog.HeardWhenPrompt);
        (await chat.Say("Earlier this week")).Asks(IntakeDialog.ReasonPrompt);
        (await chat.ConfirmSummary(await chat.Say(IntakeDialog.NoReason))).Asks(CheckInDialog.FeelingPrompt);

        var saved = await chat.FinishAfterIntake();
        Assert.Null(saved.Stage);
        Assert.NotNull(saved.Draft);
    }

    [Fact]
    public async Task After_two_answers_that_are_not_a_way_of_hearing_it_moves_on_and_still_asks_for_the_reason()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Interview");

        (await chat.Say("hmm")).Asks(Retry(IntakeDialog.HeardViaPrompt), HeardViaButtons);
        (await chat.Say("hmm")).Asks(IntakeDialog.HeardWhenPrompt, HeardWhenButtons);
        (await chat.Say("Today")).Asks(IntakeDialog.ReasonPrompt);
    }

    [Fact]
    public async Task After_an_unclear_answer_about_when_no_clue_moves_on_to_the_reason()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");
        await chat.Say("Data Analyst");
        await chat.Say("Interview");
        await chat.Say("By e-mail");

        (await chat.Say("hmm")).Asks(Retry(IntakeDialog.HeardWhenPrompt), HeardWhenButtons);
        (await chat.Say("no clue")).Asks(IntakeDialog.ReasonPrompt);
    }

    [Fact]
    public async Task An_over_long_first_answer_that_is_not_an_email_gets_the_plain_company_question()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        var story = "I applied to a big consultancy in town and after three rounds they told me they had gone with someone else, which really hurt.";
        Assert.True(story.Length > 100);

        (await chat.Say(story)).DoesNotSay(IntakeDialog.EmailRead).Asks(IntakeDialog.CompanyPrompt);
        (await chat.Say("Contoso Consulting")).Asks(IntakeDialog.RolePrompt);

        await chat.AnswerIntake(await chat.Say("Data Analyst"), new IntakeAnswers());
        Assert.Equal("Contoso Consulting", (await chat.FinishAfterIntake()).Company);
    }

    [Fact]
    public async Task A_company_name_that_is_too_long_is_asked_for_once_more_then_left_out()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        var tooLong = new string('x', 101);

        (await chat.Say(tooLong)).Asks(IntakeDialog.CompanyAgainPrompt, IntakeDialog.RatherNotSay);
        (await chat.Say(tooLong)).Asks(IntakeDialog.RolePrompt);

        await chat.AnswerIntake(await chat.Say("Data Analyst"), new IntakeAnswers());
        Assert.Null((await chat.FinishAfterIntake()).Company);
    }

    [Fact]
    public async Task A_company_name_of_a_few_words_is_accepted()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");

        (await chat.Say("Northwind Traders Holdings Ltd")).Asks(IntakeDialog.RolePrompt);
    }

    [Fact]
    public async Task A_role_that_is_too_long_is_asked_for_again_as_just_the_job_title()
    {
        await using var chat = TestConversation.Start();
        await chat.Say("hi");
        await chat.Say("Contoso");

        (await chat.Say(new string('r', 101))).Asks(IntakeDialog.RoleAgainPrompt);
        (await chat.Say("Data Analyst")).Asks(IntakeDialog.StagePrompt);
    }
}
