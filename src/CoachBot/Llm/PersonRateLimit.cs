using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>Model calls per person per minute (a fixed window); past the limit the built-in answers at once.</summary>
public sealed class PersonRateLimit(IOptions<LlmOptions> options) : IDisposable
{
    private const string NoPerson = "";

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(person =>
        RateLimitPartition.GetFixedWindowLimiter(person, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerMinutePerPerson,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryTake()
    {
        using var lease = limiter.AttemptAcquire(TurnPerson.Key ?? NoPerson);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
