using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>One call to the fake Slack Web API (or to a <c>response_url</c>, as method <c>response_url</c>).</summary>
/// <param name="Body">The JSON body, or a form's fields as a JSON object.</param>
/// <param name="Answer">What the fake answered (Undefined for a bare HTTP error).</param>
public sealed record SlackCall(string Method, string? Token, JsonElement Body, int Status, JsonElement Answer)
{
    public string? Field(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool Ok => Status == 200 && Answer.ValueKind == JsonValueKind.Object && Answer.GetProperty("ok").GetBoolean();

    /// <summary>The buttons of the message, by their value.</summary>
    public IReadOnlyList<JsonElement> Buttons =>
        Body.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Array
            ? [.. blocks.EnumerateArray().Where(block => block.GetProperty("type").GetString() == "actions").SelectMany(block => block.GetProperty("elements").EnumerateArray())]
            : [];
}

/// <summary>
/// Slack's Web API on loopback: the methods CoachBot calls, answering as Slack does (<c>{"ok":true,…}</c>,
/// errors as HTTP 200 with <c>ok:false</c>, 429 with <c>Retry-After</c>), checking the bearer token of
/// every call against the tokens it issued or was given, and recording every call. It also serves
/// <c>/hooks/…</c> as a slash command's <c>response_url</c>.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotToken = "xoxb-fake-workspace-token";
    public const string TeamId = "T0FAKE01";
    public const string BotUserId = "U0COACHBOT";
    public const string BotId = "B0COACHBOT";
    public const string ClientId = "1111.2222";
    public const string ClientSecret = "fake-client-secret";

    private readonly WebApplication app;
    private readonly Lock sync = new();
    private readonly List<SlackCall> calls = [];
    private readonly HashSet<string> tokens = [BotToken];
    private readonly Dictionary<string, Queue<(int Status, string? Body, string? RetryAfter)>> planned = [];
    private int lastTs;
    private int issued;

    private FakeSlackApi(WebApplication app)
    {
        this.app = app;
        app.MapPost("/api/{method}", (HttpContext http, string method) => ReceiveAsync(http, method));
        app.MapPost("/hooks/{id}", (Func<HttpContext, Task<IResult>>)(http => ReceiveAsync(http, "response_url")));
    }

    /// <summary>The Web API's base URL for <c>CoachBot:Slack:ApiBaseUrl</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>A response_url on this fake.</summary>
    public Uri ResponseUrl => new(ApiBaseUrl, $"/hooks/{Guid.NewGuid():N}");

    /// <summary>The time zone users.info reports.</summary>
    public string UserTimeZone { get; set; } = "America/Chicago";

    /// <summary>Whether chat.startStream is refused (as where streaming is not available).</summary>
    public bool StreamingRefused { get; set; }

    /// <summary>How long every call takes to answer (a slow Web API).</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyList<SlackCall> Calls
    {
        get
        {
            lock (sync)
            {
                return [.. calls];
            }
        }
    }

    public IReadOnlyList<SlackCall> CallsTo(string method) => [.. Calls.Where(call => call.Method == method)];

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var fake = new FakeSlackApi(builder.Build());
        await fake.app.StartAsync();
        fake.ApiBaseUrl = new Uri($"{fake.app.Urls.First()}/api/");
        return fake;
    }

    /// <summary>The next <paramref name="count"/> calls to <paramref name="method"/> get <c>{"ok":false,"error":code}</c>.</summary>
    public void FailNext(string method, string code, int count = 1) => Plan(method, count, 200, JsonSerializer.Serialize(new { ok = false, error = code }), null);

    /// <summary>The next <paramref name="count"/> calls to <paramref name="method"/> get 429 with Retry-After.</summary>
    public void RateLimitNext(string method, int retryAfterSeconds, int count = 1) => Plan(method, count, 429, null, retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A token issued outside OAuth (an admin's reinstall in Slack's settings), accepted from now on.</summary>
    public void Accept(string token)
    {
        lock (sync)
        {
            tokens.Add(token);
        }
    }

    /// <summary>A token no longer accepted (revoked): calls with it get <c>invalid_auth</c>.</summary>
    public void Revoke(string token)
    {
        lock (sync)
        {
            tokens.Remove(token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Plan(string method, int count, int status, string? body, string? retryAfter)
    {
        lock (sync)
        {
            if (!planned.TryGetValue(method, out var queue))
            {
                planned[method] = queue = new Queue<(int, string?, string?)>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue((status, body, retryAfter));
            }
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string method)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, http.RequestAborted);
        }

        JsonElement body;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            body = JsonSerializer.SerializeToElement(form.ToDictionary(field => field.Key, field => field.Value.ToString()));
        }
        else
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            body = document.RootElement.Clone();
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
        (int Status, string? Body, string? RetryAfter)? plan = null;
        JsonObject answer;
        lock (sync)
        {
            if (planned.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                plan = queue.Dequeue();
            }

            answer = plan is null ? Answer(method, token, body) : new JsonObject();
        }

        if (plan is { } planAnswer)
        {
            var planned = planAnswer.Body is null ? default : JsonSerializer.Deserialize<JsonElement>(planAnswer.Body);
            Record(new SlackCall(method, token, body, planAnswer.Status, planned));
            if (planAnswer.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            return planAnswer.Body is null ? Results.StatusCode(planAnswer.Status) : Results.Content(planAnswer.Body, "application/json", statusCode: planAnswer.Status);
        }

        var json = answer.ToJsonString();
        Record(new SlackCall(method, token, body, 200, JsonSerializer.Deserialize<JsonElement>(json)));
        return Results.Content(json, "application/json");
    }

    private void Record(SlackCall call)
    {
        lock (sync)
        {
            calls.Add(call);
        }
    }

    /// <summary>Slack's answer to a call (under the lock).</summary>
    private JsonObject Answer(string method, string? token, JsonElement body)
    {
        string? Field(string name) => body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (method == "response_url")
        {
            return new JsonObject { ["ok"] = true };
        }

        if (method == "oauth.v2.access")
        {
            if (Field("client_id") != ClientId || Field("client_secret") != ClientSecret)
            {
                return Error("invalid_client_id");
            }

            if (Field("grant_type") == "refresh_token" ? Field("refresh_token")?.StartsWith("xoxe-", StringComparison.Ordinal) != true : Field("code") != "good-code")
            {
                return Error("invalid_code");
            }

            var access = $"xoxb-installed-{++issued}";
            tokens.Add(access);
            return new JsonObject
            {
                ["ok"] = true,
                ["access_token"] = access,
                ["token_type"] = "bot",
                ["scope"] = "chat:write,im:history",
                ["bot_user_id"] = BotUserId,
                ["app_id"] = "A0FAKEAPP",
                ["team"] = new JsonObject { ["id"] = "T0INSTALL", ["name"] = "Example University" },
                ["enterprise"] = null,
                ["refresh_token"] = $"xoxe-1-refresh-{issued}",
                ["expires_in"] = 43200,
            };
        }

        if (token is null || !tokens.Contains(token))
        {
            return Error(token is null ? "not_authed" : "invalid_auth");
        }

        return method switch
        {
            "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = Field("channel"), ["ts"] = NextTs() },
            "chat.update" => new JsonObject { ["ok"] = true, ["channel"] = Field("channel"), ["ts"] = Field("ts") },
            "chat.postEphemeral" => new JsonObject { ["ok"] = true, ["message_ts"] = NextTs() },
            "chat.startStream" when StreamingRefused => Error("unknown_method"),
            "chat.startStream" => new JsonObject { ["ok"] = true, ["channel"] = Field("channel"), ["ts"] = NextTs() },
            "chat.appendStream" or "chat.stopStream" => new JsonObject { ["ok"] = true, ["channel"] = Field("channel"), ["ts"] = Field("ts") },
            "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D" + Field("users") } },
            "users.info" => new JsonObject
            {
                ["ok"] = true,
                ["user"] = new JsonObject
                {
                    ["id"] = Field("user"),
                    ["tz"] = UserTimeZone,
                    ["tz_offset"] = -21600,
                    ["real_name"] = "Ada Lovelace",
                    ["profile"] = new JsonObject { ["real_name"] = "Ada Lovelace" },
                },
            },
            "auth.test" => new JsonObject { ["ok"] = true, ["user_id"] = BotUserId, ["bot_id"] = BotId, ["team_id"] = TeamId },
            "views.open" => new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = $"V{NextTs().Replace(".", string.Empty, StringComparison.Ordinal)}" } },
            _ => Error("unknown_method"),
        };
    }

    private string NextTs() => $"1700000000.{++lastTs:D6}";

    private static JsonObject Error(string code) => new() { ["ok"] = false, ["error"] = code };
}
