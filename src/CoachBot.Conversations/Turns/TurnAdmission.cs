namespace CoachBot.Conversations.Turns;

/// <summary>
/// How many turns the host takes on: a few run the bot at once (<see cref="EnterAsync"/>), and only so
/// many may be in the house at all, waiting or running (<see cref="TryReserve"/>). A permit covers the
/// bot's own work only: the request body is read before it, and replies are delivered after it, so a slow
/// client or a channel that never answers holds its own conversation up, never everyone's turns.
/// </summary>
public sealed class TurnAdmission(int maxConcurrentTurns, int maxWaitingTurns) : IDisposable
{
    // SemaphoreSlim hands its permits to async waiters in arrival order: under load no turn waits behind
    // many later ones, which the thread pool's own scheduling does not promise.
    private readonly SemaphoreSlim permits = new(maxConcurrentTurns, maxConcurrentTurns);
    private int reserved;

    /// <summary>For hosts without limits (the tests of the engine, the terminal).</summary>
    public static TurnAdmission Unlimited() => new(int.MaxValue, int.MaxValue);

    /// <summary>Counts a turn in before it queues anywhere; false when too many are waiting already (answer 503).</summary>
    public bool TryReserve()
    {
        if (Interlocked.Increment(ref reserved) > maxWaitingTurns)
        {
            Interlocked.Decrement(ref reserved);
            return false;
        }

        return true;
    }

    /// <summary>Counts a turn out again, once it is done (or refused later).</summary>
    public void EndReservation() => Interlocked.Decrement(ref reserved);

    /// <summary>Turns running the bot now (the queue depth's other half, for telemetry).</summary>
    public int Running => maxConcurrentTurns - permits.CurrentCount;

    /// <summary>Turns taken in and not yet running: in their conversation's line or waiting for a permit.</summary>
    public int Waiting => Math.Max(0, Volatile.Read(ref reserved) - Running);

    /// <summary>Waits, in arrival order, to run the bot; dispose the permit as soon as the bot is done.</summary>
    public async ValueTask<Permit> EnterAsync(CancellationToken cancellationToken)
    {
        await permits.WaitAsync(cancellationToken);
        return new Permit(permits);
    }

    public void Dispose() => permits.Dispose();

    public readonly struct Permit(SemaphoreSlim permits) : IDisposable
    {
        public void Dispose() => permits.Release();
    }
}
