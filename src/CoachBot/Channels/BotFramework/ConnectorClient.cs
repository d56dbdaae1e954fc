using System.Net;
using System.Net.Http.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using Polly;
using Polly.Retry;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API, relative to the conversation's serviceUrl. Throttling (429, honouring
/// Retry-After) and transient failures (412, 502, 503, 504) are retried with bounded, jittered backoff.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClients, TimeProvider clock)
{
    public const string HttpClientName = "BotConnector";

    private readonly ResiliencePipeline<HttpResponseMessage> retries = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(10),
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .HandleResult(response => IsTransient(response.StatusCode)),
            DelayGenerator = arguments => ValueTask.FromResult(RequestedWait(arguments.Outcome.Result, clock)),
            OnRetry = arguments =>
            {
                arguments.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    /// <summary>Sends <paramref name="activity"/> to its conversation, as a reply when it has a replyToId.</summary>
    public async Task<string?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyToId)
        {
            path += $"/{Uri.EscapeDataString(replyToId)}";
        }

        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        using var response = await retries.ExecuteAsync(
            async token => await httpClients.CreateClient(HttpClientName).PostAsJsonAsync(uri, activity, ActivityJson.Options, token),
            cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException(response.StatusCode);
        }

        return null;
    }

    // Interim: the full Connector client replaces these.
    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string? tenantId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

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

public sealed class ConnectorException(HttpStatusCode status)
    : Exception($"The Bot Connector answered {(int)status} {status}.")
{
    public HttpStatusCode Status { get; } = status;
}
