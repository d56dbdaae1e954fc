using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Engine;

/// <summary>With a model configured, a person's longer message is read by the model once, not once per registration.</summary>
public sealed class ModelMessageReaderOnceTests
{
    [Fact]
    public async Task A_six_word_message_is_read_by_the_model_once()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => new FakeAnswer.Json(new { });
        await using var chat = TestConversation.Start(configure: builder =>
        {
            builder.Configuration["CoachBot:Llm:Provider"] = "OpenAICompatible";
            builder.Configuration["CoachBot:Llm:Endpoint"] = fake.OpenAiEndpoint.ToString();
            builder.Configuration["CoachBot:Llm:Model"] = "local-model";
        });
        await chat.Say("hi");
        var before = fake.Requests.Count(IsRead);

        await chat.Say("Fabrikam turned me down after the final interview round yesterday");

        Assert.Equal(1, fake.Requests.Count(IsRead) - before);
    }

    /// <summary>The message reader's request: the person's message, given as such (see ModelMessageReader).</summary>
    private static bool IsRead(FakeModelRequest request) => request.UserContent.Contains("the person's message", StringComparison.Ordinal);
}
