using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>
/// Export to Azure Monitor by configuration: with an Application Insights connection string (the variable
/// App Service and Container Apps set, or CoachBot's own key) whose ingestion endpoint is a loopback fake of
/// the ingestion API, a real host's requests, turns and metrics arrive there in the API's wire format, and
/// no item spells what the person said, their name, their company, their e-mail address or the
/// conversation's ids.
/// </summary>
[Collection(TracingCollection.Name)]
public sealed class AzureMonitorExportTests
{
    private const string UserName = "Zelda Quintero";
    private const string Company = "Quokkasoft";
    private const string Email = "zelda.quintero@quokkasoft.example";
    private const string CrisisMessage = "I have pills saved up in the bread tin and I'm taking them tonight";

    [Theory]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("CoachBot:Telemetry:AzureMonitorConnectionString")]
    public async Task Requests_turns_and_custom_metrics_reach_the_ingestion_api_without_anything_personal(string connectionStringKey)
    {
        await using var ingestion = await AzureMonitorIngestion.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            [connectionStringKey] = ingestion.ConnectionString,
            // Every trace: the exporter's default keeps at most 5 a second, and a test sends them faster.
            ["CoachBot:Telemetry:AzureMonitorTracesPerSecond"] = "0",
        });
        using var client = server.CreateClient();
        // Normal delivery, so the replies go out through the Bot Connector's URLs, which name the conversation.
        var person = new ChannelUser(client) { UserName = UserName, DeliveryMode = null, Connector = connector };

        await person.SendAsync(person.Joined());
        await person.SayAsync(Company);
        await person.SayAsync($"you can write to me at {Email}");
        await person.SayAsync(CrisisMessage);
        Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush());

        var batches = ingestion.Batches.ToList();
        Assert.NotEmpty(batches);
        // Azure.Monitor.OpenTelemetry.Exporter 1.10 posts its JSON lines to /v2.1/track uncompressed; the fake would take them gzipped too.
        Assert.All(batches, batch => Assert.Equal("/v2.1/track", batch.Path));
        Assert.All(ingestion.Items, item => Assert.Equal(AzureMonitorIngestion.InstrumentationKey, (string?)item["iKey"]));
        Assert.All(ingestion.Items, item => Assert.Equal("coachbot", (string?)item["tags"]?["ai.cloud.role"]));

        // The channel's posts are requests named by their route (a request's span ends just after its answer
        // reaches the client, so the last one may miss this flush); the turns run after the answer, as spans of their own.
        var requests = ingestion.BaseDataOf("RequestData").Where(request => (string?)request["name"] == "POST /api/messages").ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, request => Assert.StartsWith("2", (string?)request["responseCode"], StringComparison.Ordinal));
        var dependencies = ingestion.BaseDataOf("RemoteDependencyData").ToList();
        Assert.Contains(dependencies, dependency => (string?)dependency["name"] == "coachbot.turn");
        Assert.Contains(dependencies, dependency => (string?)dependency["type"] == "Http");
        // CoachBot's own instruments arrive as custom metrics: all four turns counted, by closed attributes only.
        var turns = ingestion.Metrics("coachbot.turns").ToList();
        Assert.Equal(4, turns.Sum(metric => (double)metric.Value["value"]!));
        Assert.All(turns, metric => Assert.Equal(["coachbot.channel", "coachbot.turn.kind", "coachbot.turn.status"], metric.Properties.Select(property => property.Key).Order()));
        var metrics = ingestion.MetricNames().ToHashSet();
        Assert.Contains("coachbot.turn.duration", metrics);
        Assert.Contains("coachbot.safety.concerns", metrics);
        var crisis = Assert.Single(ingestion.Metrics("coachbot.safety.concerns"));
        Assert.Equal("Crisis", (string?)crisis.Properties["level"]);

        // Nothing personal anywhere: not in a name, a property, a URL or a tag.
        Assert.NotEmpty(connector.Calls);
        string[] personal = [UserName, "Zelda", Company, Email, "@quokkasoft", CrisisMessage, "pills", "bread tin", person.UserId, person.UserId[3..],
            person.ConversationId, person.ConversationId[3..], "6f8e3f5e-0000-4000-8000-000000000001"];
        Assert.All(batches, batch => Assert.DoesNotContain(personal, secret => batch.Text.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }
}
