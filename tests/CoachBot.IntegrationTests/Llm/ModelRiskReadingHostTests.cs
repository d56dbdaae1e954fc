using CoachBot.IntegrationTests.Http;
using CoachBot.Llm;
using CoachBot.Safety;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Llm;

/// <summary>Through the real host, with a model configured and nothing else set: it reads risk on every typed message, once.</summary>
public sealed class ModelRiskReadingHostTests
{
    /// <summary>What happened, in enough words that the model also reads the case details in it.</summary>
    private const string Story = "They wrote this morning that the analyst job went to someone else after my final round at Fabrikam";

    [Theory]
    [InlineData(ConcernLevel.None, true)]
    [InlineData(ConcernLevel.Crisis, false)]
    public async Task A_story_is_read_once_for_risk_and_details_and_the_models_crisis_pauses_the_coaching(ConcernLevel level, bool coachingGoesOn)
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => new FakeAnswer.Json(new ModelMessageReading.Answer(level, level == ConcernLevel.None ? ConcernKind.None : ConcernKind.SelfHarm, "Fabrikam", null, null, null, null, null, null, null));
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["CoachBot:Llm:Provider"] = "OpenAICompatible",
            ["CoachBot:Llm:Endpoint"] = fake.OpenAiEndpoint.ToString(),
            ["CoachBot:Llm:Model"] = "local-model",
        });
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { Endpoint = "/api/webchat", ChannelId = "webchat", UserName = "You", ConversationId = "" };
        await user.SendAsync(user.Joined());
        await user.SayAsync("hi");

        var turn = await user.SayAsync(Story);

        var request = Assert.Single(fake.Requests);
        Assert.Contains(Story, request.UserContent, StringComparison.Ordinal);
        Assert.Contains("signs that the person may not be safe", request.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("fill in the details", request.SystemPrompt, StringComparison.Ordinal);
        // The next intake question, or the hand-off, which asks nothing.
        Assert.Equal(coachingGoesOn, turn.Question is not null);
    }
}
