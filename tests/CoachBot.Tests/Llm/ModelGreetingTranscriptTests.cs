using CoachBot.Coaching;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Llm;

/// <summary>
/// The model drafter honours the greeting the person asks for, as the built-in drafter does (issue 19):
/// the fake model here writes its own greeting whatever it is asked, as a model may.
/// </summary>
public sealed class ModelGreetingTranscriptTests
{
    private static FakeAnswer Answer(FakeModelRequest request) =>
        request.SystemPrompt!.Contains("Task: write the person's reply", StringComparison.Ordinal) || request.SystemPrompt.Contains("Task: revise the draft", StringComparison.Ordinal)
            ? new FakeAnswer.Text(FakeWriter.Draft(request))
            : new FakeAnswer.Text("Thank you.");

    [Fact]
    public async Task Change_the_greeting_to_hi_priya_works_with_a_model_configured()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = Answer;
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        var first = (await chat.ReachFirstDraft(new IntakeAnswers { Contact = "Priya Shah" })).Draft;
        Assert.StartsWith("Dear Priya Shah,\n\n", first, StringComparison.Ordinal);
        // The model is told how the built-in drafter greets a contact, by first name.
        var write = fake.Requests.First(request => request.UserContent!.Contains("contact to address", StringComparison.Ordinal));
        Assert.Contains("greet the contact as: Priya\n", write.UserContent, StringComparison.Ordinal);

        var changed = (await chat.Say("change the greeting to Hi Priya"))
            .DoesNotSay(ReplyDialog.CantDoThat)
            .Says(ReplyDialog.RevisedDraftIntro);

        Assert.StartsWith("Hi Priya,\n\n", changed.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear Priya Shah", changed.Draft, StringComparison.Ordinal);
        // The model is told too, the greeting in a block of the person's words.
        var revise = fake.Requests.Last(request => request.SystemPrompt!.Contains("Task: revise the draft", StringComparison.Ordinal));
        Assert.Contains("<person_text kind=\"greeting to open with\">\nHi Priya\n</person_text>", revise.UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shorter_and_just_say_dear_priya_does_both_with_a_model_configured()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = Answer;
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.ReachFirstDraft(new IntakeAnswers { Contact = "Priya Shah" });

        var changed = (await chat.Say("make it a bit shorter and just say Dear Priya")).Draft;

        Assert.StartsWith("Dear Priya,\n\n", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear Priya Shah", changed, StringComparison.Ordinal);
        var revise = fake.Requests.Last(request => request.SystemPrompt!.Contains("Task: revise the draft", StringComparison.Ordinal));
        Assert.Contains("Length: short", revise.UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_greeting_asked_for_stays_when_the_model_fails_and_the_built_in_drafter_answers()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = Answer;
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        await chat.ReachFirstDraft(new IntakeAnswers { Contact = "Priya Shah" });
        fake.Default = FakeOpenAiServer.Failing;

        var changed = (await chat.Say("change the greeting to Hi Priya")).Draft;

        Assert.StartsWith("Hi Priya,\n\n", changed, StringComparison.Ordinal);
    }
}
