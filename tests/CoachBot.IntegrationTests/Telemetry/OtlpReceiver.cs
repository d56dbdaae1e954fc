using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>One OTLP/HTTP export request: its path (<c>/v1/traces</c>, <c>/v1/metrics</c>), content type and protobuf body.</summary>
public sealed record OtlpExport(string Path, string? ContentType, byte[] Body);

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver on loopback: takes every export, keeps its bytes and
/// answers 200 with an empty (valid) protobuf response, as a collector does when it accepts everything.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private OtlpReceiver(WebApplication app)
    {
        this.app = app;
        app.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            Exports.Enqueue(new OtlpExport(http.Request.Path, http.Request.ContentType, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
    }

    public ConcurrentQueue<OtlpExport> Exports { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new OtlpReceiver(builder.Build());
        await receiver.app.StartAsync();
        receiver.Endpoint = new Uri(receiver.app.Urls.First());
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
