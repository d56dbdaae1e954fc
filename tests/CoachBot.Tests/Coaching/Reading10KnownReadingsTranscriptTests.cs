using CoachBot.Coaching;
using CoachBot.Coaching.Intake;
using CoachBot.Llm;
using CoachBot.Tests.Infrastructure;
using CoachBot.Tests.Llm;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Coaching;

/// <summary>
/// The reader's tenth round (issue 19), the known wrong readings: a sender's first name in lower case read as the
/// company, a feeling typed at the reason question dropped without a word, and a model reader's fields kept without the
/// shape gates the built-in reader's pass. Sentences of our own.
/// </summary>
public class Reading10KnownReadingsTranscriptTests
{
    [Theory]
    [InlineData("contoso rejected me for the data analyst role, got a phone call from sarah yesterday", "heard by phone yesterday", "Sarah")]
    [InlineData("Fabrikam turned me down for the data analyst job after the interview, email from priya this morning", "heard by e-mail today", "Priya")]
    public async Task A_first_name_in_lower_case_after_a_call_from_is_the_contact_when_a_company_is_named(string story, string heard, string contact)
    {
        await using var chat = TestConversation.Start();

        var replies = await chat.Say(story);
        replies.DoesNotSay(IntakeDialog.RolePrompt);
        var summary = await chat.AnswerIntakeUntilSummary(replies);

        var company = story.StartsWith("contoso", StringComparison.Ordinal) ? "Contoso" : "Fabrikam";
        summary.Says($"{IntakeDialog.SummaryIntro} {company}, Data Analyst").Says(heard).Says($"contact: {contact}");
    }

    [Fact]
    public async Task A_lower_case_name_after_an_email_from_is_still_the_company_when_no_other_is_named()
    {
        await using var chat = TestConversation.Start();

        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("got an email from contoso today, they rejected me for the analyst role"));

        summary.Says($"{IntakeDialog.SummaryIntro} Contoso, Analyst");
    }

    [Fact]
    public async Task A_feeling_typed_at_the_reason_question_is_heard_kept_and_the_reason_asked_once_more()
    {
        await using var chat = TestConversation.Start();

        (await chat.Say("Contoso rejected me for the data analyst role after the interview, they emailed me today"))
            .Asks(IntakeDialog.ReasonPrompt, IntakeDialog.NoReason);
        (await chat.Say("Doubting myself")).Asks(IntakeDialog.ReasonAfterDoubt, IntakeDialog.NoReason);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("they went with someone more senior"));
        summary.Says("reason: \"");

        // The feeling was heard at the reason question, so it is not asked for again.
        (await chat.Say(IntakeDialog.LooksRight)).DoesNotSay(CheckInDialog.FeelingPrompt).Asks(ReplyDialog.GoalPrompt);
    }

    [Theory]
    [InlineData("gutted")]
    [InlineData("Frustrated")]
    public async Task Another_hard_feeling_at_the_reason_question_is_kept_as_the_feeling(string typed)
    {
        await using var chat = TestConversation.Start();

        await chat.Say("Contoso rejected me for the data analyst role after the interview, they emailed me today");
        (await chat.Say(typed)).Asks(IntakeDialog.ReasonAfterFeeling, IntakeDialog.NoReason);
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say(IntakeDialog.NoReason));
        summary.DoesNotSay("reason:");

        (await chat.Say(IntakeDialog.LooksRight)).DoesNotSay(CheckInDialog.FeelingPrompt);
    }

    [Fact]
    public async Task A_reason_in_a_sentence_at_the_reason_question_is_still_the_reason()
    {
        await using var chat = TestConversation.Start();

        await chat.Say("Contoso rejected me for the data analyst role after the interview, they emailed me today");
        var summary = await chat.AnswerIntakeUntilSummary(await chat.Say("they said I wasn't good enough at SQL"));

        summary.Says("reason: \"");
    }

    [Fact]
    public async Task A_model_readers_company_role_and_reason_pass_the_same_shape_gates_as_the_built_in_readers()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        const string story = "heard back on friday, they loved my work but it is a no for the job in cincinnati";
        fake.Default = _ => new FakeAnswer.Json(new ModelMessageReader.Answer("Friday", "cincinnati", null, null, null, "they loved my work", null, Situation.Rejected));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        var reader = Assert.IsType<ModelMessageReader>(chat.Services.GetRequiredService<IMessageReader>());

        var details = await reader.ReadAsync(story, CancellationToken.None);

        Assert.NotEmpty(fake.Requests);
        Assert.Null(details.Company);
        Assert.Null(details.Role);
        Assert.Null(details.Reason);
        Assert.Equal(Situation.Rejected, details.Situation);
    }

    [Fact]
    public async Task A_model_readers_company_and_role_of_their_shape_are_kept()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        const string story = "so the people at northwind said no to me for the junior buyer job, sad about it";
        fake.Default = _ => new FakeAnswer.Json(new ModelMessageReader.Answer("Northwind", "junior buyer", null, null, null, null, null, Situation.Rejected));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        var reader = Assert.IsType<ModelMessageReader>(chat.Services.GetRequiredService<IMessageReader>());

        var details = await reader.ReadAsync(story, CancellationToken.None);

        Assert.Equal("Northwind", details.Company, ignoreCase: true);
        Assert.NotNull(details.Role);
    }
}
