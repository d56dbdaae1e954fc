using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using CoachBot.Channels;
using CoachBot.Conversations.Activities;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>
/// Per-client limits, by the client's address, with ASP.NET Core's rate limiter: applied before a request
/// body is read, so a client over its limit costs almost nothing. Refusals are 429 with Retry-After.
/// </summary>
public static class ClientRateLimits
{
    public const string Policy = "clients";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                RateLimitRefusals.SetRetryAfter(context.HttpContext, context.Lease);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Policy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<CoachBotOptions>>().Value.RateLimits;
                var client = http.Connection.RemoteIpAddress ?? IPAddress.None;
                return limits.ClientBurst <= 0 || limits.ClientPerSecond <= 0
                    ? RateLimitPartition.GetNoLimiter(IPAddress.None)
                    : RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.ClientBurst,
                        TokensPerPeriod = limits.ClientPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }
}

/// <summary>
/// Per-conversation limits, checked once the activity is read (its conversation is in the body): one
/// conversation cannot take the host's turns for itself, whatever addresses it comes from.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? limiter;

    public ConversationRateLimiter(IOptions<CoachBotOptions> options)
    {
        var limits = options.Value.RateLimits;
        if (limits.ConversationBurst > 0 && limits.ConversationPerMinute > 0)
        {
            var refill = TimeSpan.FromMinutes(1) / limits.ConversationPerMinute;
            limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.ConversationBurst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = refill,
                QueueLimit = 0,
            }));
        }
    }

    /// <returns>A 429 when the activity's conversation is over its limit; null to go on.</returns>
    public IResult? Refuse(HttpContext http, Activity activity, ILogger logger)
    {
        if (limiter is null)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire($"{activity.ChannelId}/{activity.Conversation?.Id}");
        if (lease.IsAcquired)
        {
            return null;
        }

        RateLimitRefusals.SetRetryAfter(http, lease);
        return ActivityRequest.Refuse(http, logger, StatusCodes.Status429TooManyRequests, "This conversation sent too many activities; try again shortly.").Error;
    }

    public void Dispose() => limiter?.Dispose();
}

public static class RateLimitRefusals
{
    public static void SetRetryAfter(HttpContext http, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>The answer when too many turns are waiting already: 503, and when to try again.</summary>
public static class TurnRefusals
{
    private const string RetryAfterSeconds = "1";

    public static IResult Busy(HttpContext http, ILogger logger)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return ActivityRequest.Refuse(http, logger, StatusCodes.Status503ServiceUnavailable, "Too many turns are waiting; try again shortly.").Error;
    }
}
