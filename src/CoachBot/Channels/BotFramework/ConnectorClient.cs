using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API, relative to a conversation's serviceUrl: send, reply, update, delete,
/// create a conversation and list its members. Every request carries the bot's token when an app id is
/// configured (<see cref="ConnectorTokens"/>). Only send to a serviceUrl that came on an authenticated
/// inbound activity: the token goes with every request.
/// </summary>
/// <remarks>
/// <para>Throttling (429) and transient failures (412, 502, 503, 504) and connection failures are retried,
/// at most <see cref="MaxRetries"/> times, with exponential backoff and jitter (0.5 s, capped at 10 s), or
/// after exactly the <c>Retry-After</c> the Connector asks for (seconds or an HTTP date). A Retry-After
/// longer than <see cref="MaxRetryAfter"/> is not waited for: the call fails at once with a
/// <see cref="ConnectorException"/> (429) rather than hold a turn.</para>
/// <para>Each attempt has <see cref="AttemptTimeout"/>, the whole call with its retries
/// <see cref="TotalTimeout"/>, both on the app's <see cref="TimeProvider"/>; either ends the call with a
/// <see cref="TimeoutException"/>. A timed-out attempt is not retried: the Connector may have delivered it,
/// and a hung Connector should not hold the turn for several more attempts.</para>
/// <para>Redirects are not followed; a 3xx, like any other status that is not a success, throws
/// <see cref="ConnectorException"/>. 403 (the person blocked or removed the bot; <see cref="ConnectorException.Code"/>
/// is often <c>MessageWritesBlocked</c>) is never retried.</para>
/// </remarks>
public sealed class ConnectorClient
{
    public const string HttpClientName = "BotConnector";
    public const int MaxRetries = 3;

    /// <summary>The longest Retry-After the client waits for; a longer one fails fast.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>How long one request may take, response body included.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);

    /// <summary>How long a call may take with all its retries and waits.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The largest response body read (a members list of a large team fits).</summary>
    public const int MaxResponseBytes = 4 * 1024 * 1024;

    private readonly IHttpClientFactory httpClients;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ConnectorClient(IHttpClientFactory httpClients, TimeProvider clock)
    {
        this.httpClients = httpClients;
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddTimeout(TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(10),
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result: { } response } => IsTransient(response.StatusCode) && !(RequestedWait(response, clock) > MaxRetryAfter),
                    _ => false,
                }),
                DelayGenerator = arguments => ValueTask.FromResult(RequestedWait(arguments.Outcome.Result, clock)),
                OnRetry = arguments =>
                {
                    arguments.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(AttemptTimeout)
            .Build();
    }


    /// <summary>
    /// Sends <paramref name="activity"/> to its conversation (<c>activity.Conversation.Id</c>): as a reply
    /// (<c>POST /v3/conversations/{id}/activities/{replyToId}</c>) when it has a replyToId, else as a new
    /// message (<c>POST /v3/conversations/{id}/activities</c>).
    /// </summary>
    /// <returns>The id the Connector gave the activity, or null when its answer has none.</returns>
    /// <exception cref="ConnectorException">The Connector refused it (after the retries, where they apply).</exception>
    /// <exception cref="TimeoutException">No answer in time.</exception>
    public async Task<string?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var path = ActivitiesPath(conversationId);
        if (activity.ReplyToId is { Length: > 0 } replyToId)
        {
            path += $"/{Uri.EscapeDataString(replyToId)}";
        }

        using var response = await CallAsync(HttpMethod.Post, serviceUrl, path, () => JsonContent.Create(activity, options: ActivityJson.Wire), cancellationToken);
        return await ReadIdAsync(response, cancellationToken);
    }

    /// <summary>Replaces activity <paramref name="activityId"/> with <paramref name="activity"/> (<c>PUT /v3/conversations/{id}/activities/{activityId}</c>).</summary>
    /// <exception cref="ConnectorException">The Connector refused it.</exception>
    /// <exception cref="TimeoutException">No answer in time.</exception>
    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        using var _ = await CallAsync(
            HttpMethod.Put, serviceUrl, $"{ActivitiesPath(conversationId)}/{Uri.EscapeDataString(activityId)}",
            () => JsonContent.Create(activity, options: ActivityJson.Wire), cancellationToken);
    }

    /// <summary>Deletes activity <paramref name="activityId"/> (<c>DELETE /v3/conversations/{id}/activities/{activityId}</c>).</summary>
    /// <exception cref="ConnectorException">The Connector refused it.</exception>
    /// <exception cref="TimeoutException">No answer in time.</exception>
    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        using var _ = await CallAsync(
            HttpMethod.Delete, serviceUrl, $"{ActivitiesPath(conversationId)}/{Uri.EscapeDataString(activityId)}", null, cancellationToken);
    }

    /// <summary>
    /// Opens a one-to-one conversation between the bot and a person, for a proactive message
    /// (<c>POST /v3/conversations</c> with <c>{"bot":{"id"},"members":[{"id"}],"channelData":{"tenant":{"id"}},"isGroup":false}</c>;
    /// the tenant is left out when <paramref name="tenantId"/> is null).
    /// </summary>
    /// <returns>The conversation's id.</returns>
    /// <exception cref="ConnectorException">The Connector refused it; a 403 means the person cannot be reached.</exception>
    /// <exception cref="InvalidDataException">The Connector's answer held no conversation id.</exception>
    /// <exception cref="TimeoutException">No answer in time.</exception>
    public async Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(botId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
        };
        if (tenantId is not null)
        {
            body["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        }

        body["isGroup"] = false;
        using var response = await CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", () => JsonContent.Create(body), cancellationToken);
        return await ReadIdAsync(response, cancellationToken) ?? throw new InvalidDataException("The Bot Connector created a conversation but answered no id.");
    }

    /// <summary>The members of a conversation (<c>GET /v3/conversations/{id}/members</c>).</summary>
    /// <exception cref="ConnectorException">The Connector refused it.</exception>
    /// <exception cref="InvalidDataException">The answer was not a list of accounts.</exception>
    /// <exception cref="TimeoutException">No answer in time.</exception>
    public async Task<IReadOnlyList<ChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members", null, cancellationToken);
        try
        {
            var members = await response.Content.ReadFromJsonAsync<List<ChannelAccount?>>(ActivityJson.Wire, cancellationToken);
            return members?.OfType<ChannelAccount>().ToList() ?? [];
        }
        catch (JsonException exception)
        {
            // The message of a JsonException may quote the body: keep only its type.
            throw new InvalidDataException("The Bot Connector's members answer was not a list of accounts.", new JsonException(null, exception.Path, exception.LineNumber, exception.BytePositionInLine));
        }
    }

    /// <summary>One call through the pipeline; a successful response, whose body the caller reads and disposes.</summary>
    private async Task<HttpResponseMessage> CallAsync(
        HttpMethod method, string serviceUrl, string path, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(
                async token =>
                {
                    // A new request each attempt: a request message can be sent only once.
                    using var request = new HttpRequestMessage(method, uri) { Content = content?.Invoke() };
                    return await httpClients.CreateClient(HttpClientName).SendAsync(request, token);
                },
                cancellationToken);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new TimeoutException($"The Bot Connector did not answer a {method} in time.", exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw new ConnectorException(response.StatusCode, await ReadErrorCodeAsync(response, cancellationToken), method);
        }
    }

    private static string ActivitiesPath(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
    }

    /// <summary>The <c>id</c> of a <c>{"id":…}</c> answer; null for an empty, non-JSON or id-less body.</summary>
    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var root = await ReadJsonAsync(response, cancellationToken);
        return root is { ValueKind: JsonValueKind.Object } && root.Value.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;
    }

    /// <summary>
    /// <c>error.code</c> of the Connector's error body (<c>{"error":{"code":…,"message":…}}</c>), if it looks
    /// like a code: a short identifier. Nothing else of the body is kept.
    /// </summary>
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var root = await ReadJsonAsync(response, cancellationToken);
        if (root is not { ValueKind: JsonValueKind.Object } || !root.Value.TryGetProperty("error", out var error)
            || error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var value = code.GetString();
        return value is { Length: > 0 and <= 100 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? value : null;
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The wait the connector asked for: Retry-After in seconds, or as an HTTP date.</summary>
    private static TimeSpan? RequestedWait(HttpResponseMessage? response, TimeProvider clock) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is { Ticks: > 0 } left ? left : TimeSpan.Zero,
        _ => null,
    };

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

}

/// <summary>
/// The Bot Connector answered with a status that is not a success (after the retries, where they apply).
/// The message names the status and method only, never anything of the body.
/// </summary>
/// <param name="status">The HTTP status of the Connector's answer.</param>
/// <param name="code">The Connector's <c>error.code</c>, e.g. <c>MessageWritesBlocked</c>, <c>ContentStreamNotAllowed</c>.</param>
/// <param name="method">The method of the request it answered.</param>
public sealed class ConnectorException(HttpStatusCode status, string? code = null, HttpMethod? method = null)
    : Exception(method is null ? $"The Bot Connector answered {(int)status} {status}." : $"The Bot Connector answered {(int)status} {status} to a {method}.")
{
    /// <summary>The HTTP status of the Connector's answer.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>The <c>error.code</c> of the Connector's error body when it had one, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? Code { get; } = code;

    /// <summary>The method of the request that was refused (POST for a send or reply, PUT, DELETE, GET).</summary>
    public HttpMethod? Method { get; } = method;

    /// <summary>A 403: the person blocked or removed the bot, or may not be written to; stop proactive messages to them.</summary>
    public bool Forbidden => Status == HttpStatusCode.Forbidden;
}
