using System.Net;
using CoachBot.IntegrationTests.Http;
using CoachBot.Llm;
using CoachBot.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Llm;

/// <summary>Through the real host: a failing model opens the breaker, /healthz says the model is degraded, and the turns go on without it.</summary>
public sealed class ModelOutageHostTests
{
    private const string Story = "They wrote this morning that the analyst job went to someone else after my final round at Fabrikam";

    [Fact]
    public async Task A_failing_model_is_reported_degraded_and_no_longer_asked()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = FakeOpenAiServer.Failing;
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["CoachBot:Llm:Provider"] = "OpenAICompatible",
            ["CoachBot:Llm:Endpoint"] = fake.OpenAiEndpoint.ToString(),
            ["CoachBot:Llm:Model"] = "local-model",
            ["CoachBot:Llm:MaxRetries"] = "0",
        });
        using var client = server.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        var user = new ChannelUser(client) { Endpoint = "/api/webchat", ChannelId = "webchat", UserName = "You", ConversationId = "" };
        await user.SendAsync(user.Joined());
        await user.SayAsync(Story);
        await user.SayAsync("It was for the data analyst role and they told me by e-mail");
        Assert.Equal(2, fake.Requests.Count);

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        Assert.True(server.Services.GetRequiredService<ModelCircuit>().IsOpen);

        var turn = await user.SayAsync("Honestly I feel pretty flat about the whole thing today");
        Assert.NotNull(turn.Question);
        Assert.Equal(2, fake.Requests.Count);
    }
}
