using Npgsql;

namespace CoachBot.Conversations.State;

/// <summary>
/// Waiting for an advisory lock another session holds, without holding back an erasure's purge. A blocked
/// <c>pg_advisory_lock</c> is a statement, and a statement keeps its snapshot for as long as it waits: the rows an
/// erasure deletes meanwhile stay visible to it, so <c>PostgresStorage.PurgeAsync</c> would wait for the waiter
/// until it gave up. The wait therefore goes in rounds of <see cref="RoundMilliseconds"/> (<c>lock_timeout</c>),
/// each a statement with a snapshot of its own, back in the server's queue after each.
/// </summary>
public static class AdvisoryLockWait
{
    /// <summary>How long one round lasts: a purge waits about this long for a waiter's snapshot.</summary>
    public const int RoundMilliseconds = 500;

    /// <summary>
    /// Runs <paramref name="takeLock"/> (a blocking <c>pg_advisory_lock</c> on its own connection) until it takes
    /// the lock, for no longer in all than the command's timeout (the one statement it replaces could wait).
    /// The connection's <c>lock_timeout</c> is back to its setting afterwards, for whatever runs under the lock.
    /// </summary>
    /// <exception cref="TimeoutException">Another session held the lock past the command timeout.</exception>
    public static async Task TakeAsync(NpgsqlCommand takeLock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(takeLock);
        await SetAsync(takeLock.Connection, $"SET lock_timeout = {RoundMilliseconds}", cancellationToken);
        var rounds = takeLock.CommandTimeout > 0 ? Math.Max(1, takeLock.CommandTimeout * 1000 / RoundMilliseconds) : int.MaxValue;
        for (var round = 1; !await TryRoundAsync(takeLock, cancellationToken); round++)
        {
            if (round >= rounds)
            {
                throw new TimeoutException("Another session held the lock past the command timeout.");
            }
        }

        await SetAsync(takeLock.Connection, "RESET lock_timeout", cancellationToken);
    }

    private static async Task SetAsync(NpgsqlConnection? connection, string setting, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(setting, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <returns>Whether the lock was taken within the round.</returns>
    private static async Task<bool> TryRoundAsync(NpgsqlCommand takeLock, CancellationToken cancellationToken)
    {
        try
        {
            await takeLock.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }
}
