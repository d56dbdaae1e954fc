using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>One request the fake connector received, answered or refused.</summary>
/// <param name="Path">The request path as the server saw it, decoded.</param>
/// <param name="ConversationId">The conversation id from the route, decoded.</param>
/// <param name="ReplyToId">The activity id from the reply route; null for a plain send.</param>
/// <param name="Status">What the fake answered.</param>
public sealed record ConnectorCall(string Path, string ConversationId, string? ReplyToId, string? ContentType, JsonElement Activity, int Status)
{
    public bool Delivered => Status == StatusCodes.Status200OK;
}

/// <summary>
/// A Bot Connector on loopback: the reply and send routes of the Connector REST API on a real Kestrel,
/// answering like the service does (200 with <c>{"id":…}</c>). It records every request, refused ones
/// too, and can be told to fail the next calls (e.g. 429 with Retry-After) to exercise the bot's retries.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    /// <summary>Teams' serviceUrls carry a path (https://smba.trafficmanager.net/teams/); so does this one.</summary>
    public const string BasePath = "/teams";

    private readonly WebApplication app;
    private readonly Lock sync = new();
    private readonly List<ConnectorCall> calls = [];
    private readonly Queue<PlannedFailure> failures = new();
    private int lastId;

    private FakeConnector(WebApplication app)
    {
        this.app = app;
        var v3 = app.MapGroup(BasePath + "/v3/conversations/{conversationId}");
        v3.MapPost("/activities/{activityId}", (HttpContext http, string conversationId, string activityId) => ReceiveAsync(http, conversationId, activityId));
        v3.MapPost("/activities", (HttpContext http, string conversationId) => ReceiveAsync(http, conversationId, null));
    }

    /// <summary>The serviceUrl to put on inbound activities, with a trailing slash as channels send it.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every request so far, in the order they arrived.</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (sync)
            {
                return [.. calls];
            }
        }
    }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var connector = new FakeConnector(builder.Build());
        await connector.app.StartAsync();
        connector.ServiceUrl = new Uri($"{connector.app.Urls.First()}{BasePath}/");
        return connector;
    }

    /// <summary>The next <paramref name="count"/> requests are refused with <paramref name="status"/>.</summary>
    public void FailNext(int count, HttpStatusCode status, string? retryAfter = null)
    {
        lock (sync)
        {
            failures.Enqueue(new PlannedFailure(status, retryAfter) { Remaining = count });
        }
    }

    /// <summary>Every request is refused with <paramref name="status"/> until <see cref="Recover"/>.</summary>
    public void GoDown(HttpStatusCode status) => FailNext(int.MaxValue, status);

    public void Recover()
    {
        lock (sync)
        {
            failures.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        JsonElement activity;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            activity = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return ErrorResult(HttpStatusCode.BadRequest, "BadSyntax", "The body is not JSON.");
        }

        lock (sync)
        {
            var failure = TakeFailure();
            var status = failure?.Status ?? HttpStatusCode.OK;
            calls.Add(new ConnectorCall(http.Request.Path.Value!, conversationId, replyToId, http.Request.ContentType, activity, (int)status));
            if (failure is null)
            {
                return Results.Json(new { id = $"connector-{++lastId}" });
            }

            if (failure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            return ErrorResult(status, "ServiceError", "The fake connector was told to fail this call.");
        }
    }

    private PlannedFailure? TakeFailure()
    {
        if (!failures.TryPeek(out var next))
        {
            return null;
        }

        if (--next.Remaining == 0)
        {
            failures.Dequeue();
        }

        return next;
    }

    /// <summary>The Connector's error body: <c>{"error":{"code":…,"message":…}}</c>.</summary>
    private static IResult ErrorResult(HttpStatusCode status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: (int)status);

    private sealed record PlannedFailure(HttpStatusCode Status, string? RetryAfter)
    {
        public int Remaining { get; set; }
    }
}
