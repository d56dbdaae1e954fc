using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CoachBot.Conversations.Turns;
using Npgsql;

namespace CoachBot.Conversations.State;

/// <summary>
/// Conversation locks shared by every instance on one PostgreSQL database: session-level advisory locks
/// keyed by a 64-bit hash of the conversation key. A lock lives as long as the session that took it, so a
/// killed instance's locks go with its connections, and nobody has to clean up after it.
/// <para>
/// A connection per running turn would run a large campus out of database connections, so locks are
/// taken on a few long-lived sessions shared by all turns (<c>pg_try_advisory_lock</c>, one round trip).
/// Only when another instance holds the lock (the same person's messages reaching two instances at
/// once, which is rare) does the turn wait on a connection of its own (<c>pg_advisory_lock</c>), in the
/// server's queue. A hash collision only makes two conversations wait for each other.
/// </para>
/// <para>
/// That wait goes in rounds (<see cref="AdvisoryLockWait"/>), so that it never holds an old snapshot: the
/// erasure's purge would otherwise wait for the waiter, and the waiter for the erasure's turn to end.
/// </para>
/// <para>
/// If a shared session breaks mid-turn, the server lets go of its locks; the turns still running keep
/// their optimistic concurrency (a stale commit is refused), so nothing is overwritten, only the order
/// of two simultaneous turns of one conversation is then no longer guarded.
/// </para>
/// </summary>
public sealed class PostgresConversationLocks(NpgsqlDataSource dataSource, int sessions = 0) : IConversationLocks, IDisposable
{
    /// <summary>Sessions when not configured: lock and unlock are a round trip each, one at a time per session.</summary>
    public static int DefaultSessions => Math.Max(4, 4 * Environment.ProcessorCount);

    private readonly Session[] sessions = [.. Enumerable.Range(0, sessions > 0 ? sessions : DefaultSessions).Select(_ => new Session())];

    /// <exception cref="StorageUnavailableException">The database could not be reached.</exception>
    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var id = LockId(conversationKey);
        var session = sessions[(int)((ulong)id % (ulong)sessions.Length)];
        if (await session.TryLockAsync(dataSource, id, cancellationToken) is { } held)
        {
            return held;
        }

        // Another instance holds it: wait in the server's queue on a connection of our own.
        NpgsqlConnection? connection = null;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = id } } };
            await AdvisoryLockWait.TakeAsync(command, cancellationToken);
            return new DedicatedLock(connection, id);
        }
        catch (Exception exception)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw exception is NpgsqlException or TimeoutException
                ? new StorageUnavailableException($"The conversation lock could not be taken: {PostgresStorage.Cause(exception)}.", exception)
                : exception;
        }
    }

    /// <summary>The advisory lock's key: the first 8 bytes of the key's SHA-256 (the same on every instance and version).</summary>
    internal static long LockId(string conversationKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversationKey), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    public void Dispose()
    {
        foreach (var session in sessions)
        {
            session.Dispose();
        }
    }

    /// <summary>One long-lived connection that takes and lets go of locks for many turns, one command at a time.</summary>
    private sealed class Session : IDisposable
    {
        private readonly SemaphoreSlim inUse = new(1, 1);
        private NpgsqlConnection? connection;
        // Counts the connections this session has had: a lock taken on an earlier one went with it.
        private int generation;

        /// <returns>The held lock; null when another session (another instance) holds it.</returns>
        public async Task<IAsyncDisposable?> TryLockAsync(NpgsqlDataSource dataSource, long id, CancellationToken cancellationToken)
        {
            await inUse.WaitAsync(cancellationToken);
            try
            {
                if (connection is null)
                {
                    connection = await dataSource.OpenConnectionAsync(cancellationToken);
                    generation++;
                }

                // Not cancelled halfway: it never waits, and a cancelled command could leave in doubt a
                // session whose other locks other turns hold.
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = id } } };
                return (bool)(await command.ExecuteScalarAsync(CancellationToken.None))! ? new SharedLock(this, id, generation) : null;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                // The session broke, and the server let go of its locks with it: start a new one.
                Drop();
                throw new StorageUnavailableException($"The conversation lock could not be taken: {PostgresStorage.Cause(exception)}.", exception);
            }
            finally
            {
                inUse.Release();
            }
        }

        public async Task UnlockAsync(long id, int heldGeneration)
        {
            await inUse.WaitAsync();
            try
            {
                if (connection is null || heldGeneration != generation)
                {
                    return;
                }

                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = id } } };
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                // The lock cannot outlive the session: closing it lets go for sure.
                Drop();
            }
            finally
            {
                inUse.Release();
            }
        }

        private void Drop()
        {
            var dropped = connection;
            connection = null;
            try
            {
                dropped?.Dispose();
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or InvalidOperationException)
            {
                // A connection that broke, or that a turn was still using at shutdown: it is gone either way.
            }
        }

        /// <remarks>At shutdown turns may still be letting go of locks on it: closing lets go of them all, and never throws.</remarks>
        public void Dispose() => Drop();
    }

    private sealed class SharedLock(Session session, long id, int generation) : IAsyncDisposable
    {
        private int disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                await session.UnlockAsync(id, generation);
            }
        }
    }

    private sealed class DedicatedLock(NpgsqlConnection connection, long id) : IAsyncDisposable
    {
        private int disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
            {
                return;
            }

            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = id } } };
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                // A broken connection has let go of its locks already.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
