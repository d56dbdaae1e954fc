using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoachBot.Conversations.Privacy;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.Slack;

/// <summary>
/// Slack's Web API on <see cref="HttpClient"/> and System.Text.Json: JSON posts with the bot token,
/// <c>{"ok":false,"error":…}</c> as a <see cref="SlackApiException"/> with Slack's code, HTTP 429 waited out
/// for its <c>Retry-After</c> up to <see cref="SlackOptions.MaxRetryAfter"/>, and messages paced per channel.
/// Logs name the method and Slack's error code only, never a message or a token.
/// </summary>
public sealed partial class SlackApiClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options, TimeProvider clock, ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "Slack";
    public const int MaxAttempts = 3;

    private static readonly HashSet<string> PacedMethods = ["chat.postMessage", "chat.postEphemeral", "chat.update"];

    private readonly SlackOptions settings = options.Value;
    private readonly ChannelPacer pacer = new(options.Value.MessageInterval, options.Value.MessageBurst, clock);

    /// <summary>Calls <paramref name="method"/> with <paramref name="body"/> as JSON; returns Slack's answer (its <c>ok</c> was true).</summary>
    /// <exception cref="SlackApiException">Slack answered <c>ok:false</c>, an HTTP error, or 429 for longer than allowed.</exception>
    public async Task<JsonElement> CallAsync(string method, string token, object body, CancellationToken cancellationToken)
    {
        if (PacedMethods.Contains(method) && ChannelOf(body) is { } channel)
        {
            await pacer.WaitTurnAsync(channel, cancellationToken);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(body, SlackJson.Options);
        return await SendAsync(method, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, method)) { Content = new ByteArrayContent(json) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, cancellationToken);
    }

    /// <summary>A form post without a bearer token: <c>oauth.v2.access</c>, which authenticates with the client id and secret.</summary>
    public Task<JsonElement> CallFormAsync(string method, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken) =>
        SendAsync(method, () => new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, method)) { Content = new FormUrlEncodedContent(form) }, cancellationToken);

    /// <summary>Answers through a slash command's or a click's <c>response_url</c> (at most five uses in 30 minutes).</summary>
    public async Task RespondAsync(Uri responseUrl, object body, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body, SlackJson.Options);
        using var http = httpClients.CreateClient(HttpClientName);
        using var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(responseUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
        }
    }

    private async Task<JsonElement> SendAsync(string method, Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        using var http = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            using var request = build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                if (attempt >= MaxAttempts || wait > settings.MaxRetryAfter)
                {
                    LogRateLimited(method, wait.TotalSeconds);
                    throw new SlackApiException(method, SlackApiException.RateLimited);
                }

                // 429 means Slack did not act on the call, so even a non-idempotent one may be sent again.
                await Task.Delay(wait, clock, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                LogFailed(method, $"http_{(int)response.StatusCode}");
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
            }

            JsonElement answer;
            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                answer = (await JsonSerializer.DeserializeAsync<JsonElement>(stream, SlackJson.Options, cancellationToken)).Clone();
            }
            catch (JsonException exception)
            {
                LogFailed(method, ExceptionSummary.Of(exception));
                throw new SlackApiException(method, "invalid_response");
            }

            if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
            {
                var error = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.String
                    ? SlackIds.SafeCode(code.GetString())
                    : "invalid_response";
                LogFailed(method, error);
                throw new SlackApiException(method, error);
            }

            return answer;
        }
    }

    private static string? ChannelOf(object body) =>
        body is IReadOnlyDictionary<string, object?> fields && fields.TryGetValue("channel", out var channel) ? channel as string : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack's {Method} failed: {Error}")]
    private partial void LogFailed(string method, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack's {Method} was rate limited for {RetryAfterSeconds} s; not tried again.")]
    private partial void LogRateLimited(string method, double retryAfterSeconds);

    /// <summary>
    /// One token bucket per channel: <see cref="SlackOptions.MessageBurst"/> messages at once, then one per
    /// <see cref="SlackOptions.MessageInterval"/>; each caller reserves its slot and waits for it on the app's clock.
    /// </summary>
    private sealed class ChannelPacer(TimeSpan interval, int burst, TimeProvider clock)
    {
        private const int PruneAbove = 10_000;
        private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

        public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
        {
            if (interval <= TimeSpan.Zero)
            {
                return Task.CompletedTask;
            }

            if (buckets.Count > PruneAbove)
            {
                Prune();
            }

            var bucket = buckets.GetOrAdd(channel, _ => new Bucket(Math.Max(1, burst), clock.GetUtcNow()));
            var wait = bucket.Reserve(clock.GetUtcNow(), interval, Math.Max(1, burst));
            return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, clock, cancellationToken);
        }

        private void Prune()
        {
            var now = clock.GetUtcNow();
            foreach (var (channel, bucket) in buckets)
            {
                if (bucket.IsFull(now, interval, Math.Max(1, burst)))
                {
                    buckets.TryRemove(channel, out _);
                }
            }
        }

        private sealed class Bucket(double tokens, DateTimeOffset updated)
        {
            private readonly Lock sync = new();

            /// <returns>How long the caller waits for its slot (the tokens may go below zero: slots reserved ahead).</returns>
            public TimeSpan Reserve(DateTimeOffset now, TimeSpan interval, int capacity)
            {
                lock (sync)
                {
                    Refill(now, interval, capacity);
                    tokens -= 1;
                    return tokens >= 0 ? TimeSpan.Zero : interval * -tokens;
                }
            }

            public bool IsFull(DateTimeOffset now, TimeSpan interval, int capacity)
            {
                lock (sync)
                {
                    Refill(now, interval, capacity);
                    return tokens >= capacity;
                }
            }

            private void Refill(DateTimeOffset now, TimeSpan interval, int capacity)
            {
                if (now > updated)
                {
                    tokens = Math.Min(capacity, tokens + ((now - updated) / interval));
                    updated = now;
                }
            }
        }
    }
}

/// <summary>Slack answered <c>ok:false</c> (or an HTTP error): <see cref="Error"/> is Slack's code, never a message of ours.</summary>
public sealed class SlackApiException(string method, string error) : Exception($"Slack's {method} answered '{error}'.")
{
    public const string RateLimited = "ratelimited";

    /// <summary>Ours: the workspace uninstalled the app, revoked its tokens, or never installed it.</summary>
    public const string NotInstalled = "not_installed";

    /// <summary>The codes that say the conversation cannot be written to any more: nothing more is sent to it unasked.</summary>
    private static readonly HashSet<string> UnreachableErrors =
    [
        "not_in_channel", "account_inactive", "is_archived", "channel_not_found", "user_disabled", "user_not_found",
        "token_revoked", "token_expired", "invalid_auth", "not_authed", "no_permission", "missing_scope", NotInstalled,
    ];

    public string Method { get; } = method;
    public string Error { get; } = error;
    public bool Unreachable => UnreachableErrors.Contains(Error);
}

/// <summary>Slack's JSON: snake_case field names, nulls left out.</summary>
public static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
