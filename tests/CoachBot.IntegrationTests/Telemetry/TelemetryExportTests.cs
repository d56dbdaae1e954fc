using System.Text;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>
/// Export by configuration: with no destination no OpenTelemetry pipeline exists; with an OTLP endpoint
/// (CoachBot's keys, or OpenTelemetry's standard variables),
/// a real host's turns, requests, Bot Connector calls and metrics reach a loopback OTLP/HTTP receiver as
/// protobuf, and not one byte of them spells what the person said, their name or the conversation's ids
/// (the Connector's URLs carry those: only their host leaves).
/// </summary>
[Collection(TracingCollection.Name)]
public sealed class TelemetryExportTests
{
    private const string UserName = "Zelda Quintero";
    private const string Company = "Quokkasoft";
    private const string CrisisMessage = "I have pills saved up in the bread tin and I'm taking them tonight";

    [Fact]
    public async Task Without_a_destination_nothing_is_exported()
    {
        await using var server = await CoachBotServer.StartAsync();

        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.Null(server.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("CoachBot:Telemetry:OtlpEndpoint", "CoachBot:Telemetry:OtlpProtocol", "HttpProtobuf")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")]
    public async Task With_an_otlp_endpoint_traces_and_metrics_reach_the_collector_without_anything_personal(string endpointKey, string protocolKey, string protocol)
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>
        {
            [endpointKey] = receiver.Endpoint.ToString(),
            [protocolKey] = protocol,
        });
        using var client = server.CreateClient();
        // Normal delivery, so the replies go out through the Bot Connector's URLs, which name the conversation.
        var person = new ChannelUser(client) { UserName = UserName, DeliveryMode = null, Connector = connector };

        await person.SendAsync(person.Joined());
        await person.SayAsync(Company);
        await person.SayAsync(CrisisMessage);
        Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush());

        var exports = receiver.Exports.ToList();
        Assert.All(exports, export => Assert.Equal("application/x-protobuf", export.ContentType));
        var traces = Join(exports.Where(export => export.Path == "/v1/traces"));
        var metrics = Join(exports.Where(export => export.Path == "/v1/metrics"));
        Assert.Contains("coachbot.turn", traces, StringComparison.Ordinal);
        Assert.Contains("/api/messages", traces, StringComparison.Ordinal);
        Assert.Contains("coachbot", traces, StringComparison.Ordinal);
        Assert.Contains("coachbot.turns", metrics, StringComparison.Ordinal);
        Assert.Contains("coachbot.turn.duration", metrics, StringComparison.Ordinal);
        Assert.Contains("coachbot.safety.concerns", metrics, StringComparison.Ordinal);
        // The Connector was called, and its calls are spans with a method, a host and a status, never a URL or a path.
        Assert.NotEmpty(connector.Calls);
        Assert.Contains("System.Net.Http", traces, StringComparison.Ordinal);
        Assert.Contains("server.address", traces, StringComparison.Ordinal);
        Assert.DoesNotContain("url.full", traces, StringComparison.Ordinal);
        Assert.DoesNotContain("url.path", traces, StringComparison.Ordinal);
        Assert.DoesNotContain("client.address", traces, StringComparison.Ordinal);

        string[] personal = [UserName, "Zelda", Company, CrisisMessage, "pills", "bread tin", person.UserId, person.UserId[3..], person.ConversationId,
            person.ConversationId[3..], "6f8e3f5e-0000-4000-8000-000000000001"];
        foreach (var text in new[] { traces, metrics })
        {
            Assert.DoesNotContain(personal, secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The exports' bytes as Latin-1 text: protobuf stores strings as plain UTF-8, so an ASCII string is found as is.</summary>
    private static string Join(IEnumerable<OtlpExport> exports) => string.Concat(exports.Select(export => Encoding.Latin1.GetString(export.Body)));
}
