using CoachBot.Channels.BotFramework;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.Activities;
using CoachBot.Llm;
using CoachBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Llm;

/// <summary>The shape of what a model writes, as the person sees it: paragraphs one blank line apart, on every channel; a reflection that is a message, not a letter.</summary>
public sealed class ModelOutputShapeTests
{
    private static DraftRequest Request() => new(
        new RejectionCase { Company = "Fabrikam", Role = "UX Designer", Stage = RejectionStage.FinalRound, ContactName = "Tom Becker" },
        ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Sam Ortiz");

    private const string Draft = "Dear Tom Becker,\n\nThank you for the final-round interviews for the UX Designer role at Fabrikam. I would welcome being considered for future openings and hope we can stay in touch.\n\nBest regards,\nSam Ortiz";

    [Fact]
    public async Task A_model_draft_reaches_the_Emulator_with_its_paragraphs_one_blank_line_apart()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        // As models write now and then: Windows line endings, a line of spaces, three breaks in a row.
        fake.Then(new FakeAnswer.Text(Draft.Replace("\n\nThank", "\r\n   \r\n\r\nThank", StringComparison.Ordinal).Replace("\n\nBest", "\n\n\nBest", StringComparison.Ordinal)));
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));

        var draft = await chat.Services.GetRequiredService<IReplyDrafter>().DraftAsync(Request(), CancellationToken.None);
        Assert.Equal(Draft, draft);

        var activity = ReplyDialog.DraftActivity(chat.Inbound(ActivityTypes.Message), ReplyDialog.FirstDraftIntro, draft);
        var rendered = BotFrameworkRendering.Render(activity, longChoicesAsCard: false);
        var fallback = FallbackText(rendered);
        Assert.Equal("Dear Tom Becker,\n\nThank you for the final-round interviews for the UX Designer role at Fabrikam. I would welcome being considered for future openings and hope we can stay in touch.\n\nBest regards,\n\nSam Ortiz", fallback);
        Assert.DoesNotContain("\n\n\n", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_text_with_blank_lines_keeps_one_break_between_paragraphs()
    {
        var markdown = BotFrameworkRendering.Markdown("Here's what I understood:\n\n• Company: Fabrikam\n• Stage: final round\n\nDid I get that right?");

        Assert.Equal("Here's what I understood:\n\n- Company: Fabrikam\n- Stage: final round\n\nDid I get that right?", markdown);
    }

    [Theory]
    [InlineData("Dear Contoso hiring team,\n\nThank you for letting me know about your decision. I remain interested in future openings.\n\nBest regards,\nSam")]
    [InlineData("Hi Priya,\nThank you for the update on the Data Analyst role. I'd welcome staying in touch.")]
    [InlineData("Thank you for the interviews; I learned a lot from the process.\n\nKind regards,\nSam Ortiz")]
    public void A_letter_is_not_a_message(string letter)
    {
        Assert.Contains("a letter, not a message", ModelOutputCheck.Message(letter));
    }

    [Theory]
    [InlineData("Disappointment after a final round makes sense: you got close, and that shows they saw something in you.")]
    [InlineData("Hi, that sounds hard. Feeling let down after an interview is natural, and it says you cared.")]
    public void A_reflection_to_the_person_passes(string reflection)
    {
        Assert.Empty(ModelOutputCheck.Message(reflection));
    }

    [Fact]
    public async Task A_reflection_call_that_returns_a_letter_is_not_shown_the_built_in_reflection_is()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        var letter = "Dear Contoso hiring team,\n\nThank you for letting me know about your decision on the Data Analyst role. I enjoyed our conversations and would welcome future openings.\n\nBest regards,";
        fake.Default = request => request.SystemPrompt!.Contains("Task: the person has just said how they feel", StringComparison.Ordinal)
            ? new FakeAnswer.Text(letter)
            : request.ResponseFormat is null ? new FakeAnswer.Text(FakeWriter.Draft(request)) : new FakeAnswer.Text("{}");
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        (await chat.TellWhatHappened()).Asks(CheckInDialog.FeelingPrompt);

        var rejection = new RejectionCase { Company = "Contoso", Stage = RejectionStage.Interview, Feeling = Feeling.Disappointed };
        (await chat.Say("Disappointed")).DoesNotSay("Dear Contoso hiring team").Says(Feelings.Reflect(Feeling.Disappointed, rejection)).Asks(ReplyDialog.GoalPrompt);
        Assert.Contains(fake.Requests, request => request.SystemPrompt!.Contains("Task: the person has just said how they feel", StringComparison.Ordinal));
    }

    /// <summary>The text a client without Teams' CodeBlock shows: the draft card's fallback text block.</summary>
    private static string FallbackText(Activity rendered)
    {
        var card = Assert.Single(rendered.Attachments!, attachment => attachment.ContentType == BotFrameworkRendering.AdaptiveCardContentType).Content!.Value;
        var block = card.GetProperty("body")[1];
        Assert.Equal("CodeBlock", block.GetProperty("type").GetString());
        return block.GetProperty("fallback").GetProperty("text").GetString()!;
    }
}
