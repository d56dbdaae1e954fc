using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// How many pushed turns one channel may have waiting for or in delivery. A turn gives its admission place
/// back once its state is committed and keeps only a place here while its replies go out, so a channel
/// that never answers fills its own budget (its next turns get 503) and no other channel's.
/// </summary>
public sealed class DeliveryBudget(int perChannel)
{
    private readonly ConcurrentDictionary<string, StrongBox<int>> pending = new(StringComparer.Ordinal);

    /// <summary>For hosts without limits (the tests of the engine, the terminal).</summary>
    public static DeliveryBudget Unlimited() => new(int.MaxValue);

    /// <summary>Takes a place for a turn of <paramref name="channelId"/>; false when the channel has none left.</summary>
    public bool TryReserve(string channelId)
    {
        var count = pending.GetOrAdd(channelId, _ => new StrongBox<int>());
        if (Interlocked.Increment(ref count.Value) > perChannel)
        {
            Interlocked.Decrement(ref count.Value);
            return false;
        }

        return true;
    }

    public void Release(string channelId)
    {
        if (pending.TryGetValue(channelId, out var count))
        {
            Interlocked.Decrement(ref count.Value);
        }
    }

    /// <summary>The places taken for <paramref name="channelId"/>, for tests and diagnostics.</summary>
    public int Pending(string channelId) => pending.TryGetValue(channelId, out var count) ? Volatile.Read(ref count.Value) : 0;
}
