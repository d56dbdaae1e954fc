using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>One request the fake connector received, answered or refused.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path as the server saw it, decoded.</param>
/// <param name="ConversationId">The conversation id from the route, decoded; null for a create.</param>
/// <param name="ReplyToId">The activity id from the route (reply, update, delete); null for a plain send.</param>
/// <param name="Activity">The JSON body (an activity, or a create's parameters); Undefined when there was none.</param>
/// <param name="Status">What the fake answered.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
public sealed record ConnectorCall(
    string Method, string Path, string? ConversationId, string? ReplyToId, string? ContentType, JsonElement Activity, int Status, string? Authorization)
{
    public bool Delivered => Status is >= 200 and < 300;
}

/// <summary>
/// A Bot Connector on loopback: the Connector REST API (reply, send, update, delete, create a
/// conversation, members) on a real Kestrel, answering like the service does (<c>{"id":…}</c>). It
/// records every request, refused ones too, can be told to answer the next calls differently (429 with
/// Retry-After, 503, 403 with an error code, a redirect, no answer at all), and can require the bearer
/// tokens of a <see cref="FakeTokenEndpoint"/> (401 otherwise).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    /// <summary>Teams' serviceUrls carry a path (https://smba.trafficmanager.net/teams/); so does this one.</summary>
    public const string BasePath = "/teams";

    private readonly WebApplication app;
    private readonly Lock sync = new();
    private readonly List<ConnectorCall> calls = [];
    private readonly Channel<ConnectorCall> arrivals = Channel.CreateUnbounded<ConnectorCall>();
    private readonly Queue<PlannedAnswer> planned = new();
    private FakeTokenEndpoint? tokens;
    private int lastId;

    private FakeConnector(WebApplication app)
    {
        this.app = app;
        var conversations = app.MapGroup(BasePath + "/v3/conversations");
        conversations.MapPost("", (Func<HttpContext, Task<IResult>>)(http =>
            ReceiveAsync(http, null, null, _ => Results.Json(new { id = $"a:created-{NextId()}" }))));
        var v3 = conversations.MapGroup("/{conversationId}");
        v3.MapPost("/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            ReceiveAsync(http, conversationId, activityId, _ => Results.Json(new { id = $"connector-{NextId()}" })));
        v3.MapPost("/activities", (HttpContext http, string conversationId) =>
            ReceiveAsync(http, conversationId, null, _ => Results.Json(new { id = $"connector-{NextId()}" })));
        v3.MapPut("/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            ReceiveAsync(http, conversationId, activityId, _ => Results.Json(new { id = activityId })));
        v3.MapDelete("/activities/{activityId}", (HttpContext http, string conversationId, string activityId) =>
            ReceiveAsync(http, conversationId, activityId, _ => Results.Ok()));
        v3.MapGet("/members", (HttpContext http, string conversationId) =>
            ReceiveAsync(http, conversationId, null, _ => Results.Json(Members)));
    }

    /// <summary>The serviceUrl to put on inbound activities, with a trailing slash as channels send it.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>What the members route answers, as the Connector shapes accounts.</summary>
    public object[] Members { get; set; } =
    [
        new { id = "29:1member-one", name = "Member One", aadObjectId = "00000000-0000-0000-0000-000000000001" },
        new { id = "28:bot", name = "CoachBot" },
    ];

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

    /// <summary>From now on, a request without a bearer token issued by <paramref name="issuer"/> gets 401.</summary>
    public void RequireTokensFrom(FakeTokenEndpoint issuer)
    {
        lock (sync)
        {
            tokens = issuer;
        }
    }

    /// <summary>The next request to arrive (already recorded), for a test that must know a call is in flight.</summary>
    public ValueTask<ConnectorCall> NextCallAsync(CancellationToken cancellationToken) => arrivals.Reader.ReadAsync(cancellationToken);

    /// <summary>The next <paramref name="count"/> requests are refused with <paramref name="status"/> and the Connector's error body.</summary>
    public void FailNext(int count, HttpStatusCode status, string? retryAfter = null, string code = "ServiceError") =>
        Plan(new PlannedAnswer(status, JsonSerializer.Serialize(new { error = new { code, message = "The fake connector was told to fail this call." } }), retryAfter, null, false) { Remaining = count });

    /// <summary>The next <paramref name="count"/> requests get <paramref name="status"/> with exactly <paramref name="body"/> (JSON, or none).</summary>
    public void AnswerNext(int count, HttpStatusCode status, string? body, string? retryAfter = null, string? location = null) =>
        Plan(new PlannedAnswer(status, body, retryAfter, location, false) { Remaining = count });

    /// <summary>The next <paramref name="count"/> requests are never answered (until the client gives up).</summary>
    public void HangNext(int count) => Plan(new PlannedAnswer(HttpStatusCode.OK, null, null, null, true) { Remaining = count });

    /// <summary>Every request is refused with <paramref name="status"/> until <see cref="Recover"/>.</summary>
    public void GoDown(HttpStatusCode status) => FailNext(int.MaxValue, status);

    public void Recover()
    {
        lock (sync)
        {
            planned.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private int NextId() => Interlocked.Increment(ref lastId);

    private void Plan(PlannedAnswer answer)
    {
        lock (sync)
        {
            planned.Enqueue(answer);
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string? conversationId, string? activityId, Func<HttpContext, IResult> answer)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = default(JsonElement);
        if (buffer.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(buffer.ToArray());
                body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return ErrorResult(HttpStatusCode.BadRequest, "BadSyntax", "The body is not JSON.");
            }
        }

        var authorization = http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        PlannedAnswer? plan;
        HttpStatusCode status;
        ConnectorCall call;
        lock (sync)
        {
            var unauthorized = tokens is not null && !(authorization is not null
                && authorization.StartsWith("Bearer ", StringComparison.Ordinal) && tokens.Issued(authorization["Bearer ".Length..]));
            plan = unauthorized ? null : TakePlan();
            status = unauthorized ? HttpStatusCode.Unauthorized : plan?.Status ?? HttpStatusCode.OK;
            call = new ConnectorCall(http.Request.Method, http.Request.Path.Value!, conversationId, activityId, http.Request.ContentType, body, plan?.Hang == true ? 0 : (int)status, authorization);
            calls.Add(call);
        }

        arrivals.Writer.TryWrite(call);
        if (status == HttpStatusCode.Unauthorized)
        {
            return ErrorResult(status, "Unauthorized", "No valid bearer token.");
        }

        if (plan is null)
        {
            return answer(http);
        }

        if (plan.Hang)
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }

        if (plan.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }

        if (plan.Location is { } location)
        {
            http.Response.Headers.Location = location;
        }

        return plan.Body is null ? Results.StatusCode((int)plan.Status) : Results.Content(plan.Body, "application/json", statusCode: (int)plan.Status);
    }

    private PlannedAnswer? TakePlan()
    {
        if (!planned.TryPeek(out var next))
        {
            return null;
        }

        if (--next.Remaining == 0)
        {
            planned.Dequeue();
        }

        return next;
    }

    /// <summary>The Connector's error body: <c>{"error":{"code":…,"message":…}}</c>.</summary>
    private static IResult ErrorResult(HttpStatusCode status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: (int)status);

    private sealed record PlannedAnswer(HttpStatusCode Status, string? Body, string? RetryAfter, string? Location, bool Hang)
    {
        public int Remaining { get; set; }
    }
}
