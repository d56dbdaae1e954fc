using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>
/// Who the current turn is for, so model calls deep in a dialog can be limited per person without every
/// seam passing an id along. Set by the bot for the length of a turn.
/// </summary>
public static class TurnPerson
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string? Key => Current.Value;

    public static IDisposable Enter(string personKey)
    {
        var previous = Current.Value;
        Current.Value = personKey;
        return new Exit(previous);
    }

    private sealed class Exit(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

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
