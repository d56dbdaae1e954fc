using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>One POST to the ingestion API: its path, whether it was gzipped, and the telemetry items it carried (one JSON object a line).</summary>
public sealed record IngestionBatch(string Path, bool Gzipped, string Text, IReadOnlyList<JsonObject> Items);

/// <summary>
/// Application Insights' ingestion endpoint on loopback, for a connection string's <c>IngestionEndpoint</c>:
/// takes <c>POST /v2.1/track</c> (and the older <c>/v2/track</c>), whose body is newline-delimited JSON
/// telemetry items, gzipped when <c>Content-Encoding: gzip</c> says so, keeps them, and answers as the
/// service does when it accepts everything: 200 with <c>itemsReceived</c> and <c>itemsAccepted</c>.
/// </summary>
public sealed class AzureMonitorIngestion : IAsyncDisposable
{
    /// <summary>Any well-formed instrumentation key; the fake does not check it.</summary>
    public const string InstrumentationKey = "3b0a5c9e-6d7f-4e21-9a8b-1c2d3e4f5a6b";

    private readonly WebApplication app;

    private AzureMonitorIngestion(WebApplication app)
    {
        this.app = app;
        app.MapPost("/v2.1/track", Track);
        app.MapPost("/v2/track", Track);
    }

    public ConcurrentQueue<IngestionBatch> Batches { get; } = new();

    /// <summary>An Application Insights connection string that sends everything here.</summary>
    public string ConnectionString { get; private set; } = null!;

    public IEnumerable<JsonObject> Items => Batches.SelectMany(batch => batch.Items);

    public static async Task<AzureMonitorIngestion> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var ingestion = new AzureMonitorIngestion(builder.Build());
        await ingestion.app.StartAsync();
        ingestion.ConnectionString = $"InstrumentationKey={InstrumentationKey};IngestionEndpoint={ingestion.app.Urls.First()}/";
        return ingestion;
    }

    /// <summary>The <c>baseData</c> of every item of one type (<c>RequestData</c>, <c>MetricData</c>, <c>RemoteDependencyData</c>…).</summary>
    public IEnumerable<JsonObject> BaseDataOf(string baseType) =>
        Items.Where(item => (string?)item["data"]?["baseType"] == baseType).Select(item => item["data"]!["baseData"]!.AsObject());

    /// <summary>The names of the metrics that arrived.</summary>
    public IEnumerable<string> MetricNames() =>
        BaseDataOf("MetricData").SelectMany(data => data["metrics"]!.AsArray()).Select(metric => (string)metric!["name"]!);

    /// <summary>Each data point of one metric, with the properties (attributes) it was recorded with.</summary>
    public IEnumerable<(JsonObject Value, JsonObject Properties)> Metrics(string name) =>
        BaseDataOf("MetricData").SelectMany(data => data["metrics"]!.AsArray()
            .Where(metric => (string?)metric!["name"] == name)
            .Select(metric => (metric!.AsObject(), data["properties"]?.AsObject() ?? new JsonObject())));

    private async Task Track(HttpContext http)
    {
        var gzipped = string.Equals(http.Request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);
        using var body = new MemoryStream();
        if (gzipped)
        {
            await using var unzip = new GZipStream(http.Request.Body, CompressionMode.Decompress);
            await unzip.CopyToAsync(body);
        }
        else
        {
            await http.Request.Body.CopyToAsync(body);
        }

        var text = Encoding.UTF8.GetString(body.ToArray());
        var items = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToList();
        Batches.Enqueue(new IngestionBatch(http.Request.Path, gzipped, text, items));
        await http.Response.WriteAsJsonAsync(new { itemsReceived = items.Count, itemsAccepted = items.Count, errors = Array.Empty<object>() }, JsonSerializerOptions.Web);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
