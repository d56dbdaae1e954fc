using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace CoachBot.Conversations.State;

/// <summary>
/// The storage for several CoachBot instances: one table in PostgreSQL (<c>bot_state</c>, created by the
/// host's migrations), plain SQL through Npgsql. The ETag is the row's version, counted per document from
/// 1 as in <see cref="SqliteStorage"/> (a document written afresh starts over). A set of changes
/// is one transaction, sent as one batch; each change checks its ETag in its own statement
/// (<c>UPDATE … WHERE version = …</c>, <c>INSERT … ON CONFLICT</c>), and a refused one rolls the set back.
/// <para>
/// Unlike <see cref="SqliteStorage"/>, this store keeps no copy of recent documents: other instances
/// write the same rows, so a copy could be stale, and a read by primary key costs a fraction of a
/// millisecond. Times (expiry, due time, leases) come from the injected clock, as in the other stores,
/// not from the server's <c>now()</c>.
/// </para>
/// </summary>
/// <param name="purgeHorizonWait">How long a purge waits at most for older snapshots to end (see <see cref="PurgeAsync"/>); <see cref="DefaultPurgeHorizonWait"/> if null.</param>
public sealed class PostgresStorage(NpgsqlDataSource dataSource, TimeProvider? clock = null, TimeSpan? purgeHorizonWait = null) : IStorage
{
    private const string ProbeKey = "coachbot/storage-probe";

    /// <summary>How long a health probe waits for its write at most.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How long a purge waits for the table's lock before giving up (turns wait behind it meanwhile).</summary>
    private const int PurgeLockTimeoutMilliseconds = 5000;

    /// <summary>How long a purge waits for snapshots older than the deletes to end, unless told otherwise.</summary>
    public static readonly TimeSpan DefaultPurgeHorizonWait = TimeSpan.FromSeconds(5);

    // The first look again after a moment (a turn's snapshot lasts milliseconds), then less and less often.
    private static readonly TimeSpan FirstHorizonPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestHorizonPoll = TimeSpan.FromMilliseconds(500);

    // The first transaction id not yet assigned: every transaction that had committed (the deletes) has a smaller one.
    private const string NextTransactionId = "SELECT pg_snapshot_xmax(pg_current_snapshot())";

    // What keeps VACUUM from removing a row deleted before $1 (PostgreSQL's horizon for an ordinary table):
    // a snapshot older than that of a session of this database, or of none (a standby's feedback through a
    // WAL sender; sessions of other databases are left out of the horizon); an older transaction id of any
    // session or prepared transaction, in any database, since every new snapshot, the rewrite's own too,
    // counts it as running; a replication slot's xmin (its catalog_xmin holds back the catalogs only).
    // Ids are 32 bits and wrap around: age() counts each back from one common point, so the older of two
    // has the larger age.
    private const string OlderSnapshots = """
        SELECT count(*) FROM (
            SELECT backend_xmin AS xid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (datname = current_database() OR datid IS NULL)
            UNION ALL SELECT backend_xid FROM pg_stat_activity WHERE pid <> pg_backend_pid()
            UNION ALL SELECT transaction FROM pg_prepared_xacts
            UNION ALL SELECT xmin FROM pg_replication_slots
        ) AS holders
        WHERE xid IS NOT NULL AND age(xid) > age(xid($1))
        """;

    private const string Read = "SELECT document, version FROM bot_state WHERE key = $1 AND (expires_at IS NULL OR expires_at > $2)";

    // A range on the primary key (collation "C": byte order) rather than LIKE, whose pattern characters a key may contain.
    private const string ListKeys = "SELECT key FROM bot_state WHERE key >= $1 AND key < $2 AND (expires_at IS NULL OR expires_at > $3) ORDER BY key";

    // An expired row counts as absent: the insert replaces it.
    private const string Insert = """
        INSERT INTO bot_state (key, document, version, updated_at, expires_at, due_at)
        VALUES ($1, convert_from($2, 'UTF8'), 1, $3, $4, $5)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, version = excluded.version, updated_at = excluded.updated_at,
            expires_at = excluded.expires_at, due_at = excluded.due_at, lease_owner = NULL, lease_until = NULL
        WHERE bot_state.expires_at <= excluded.updated_at
        RETURNING version
        """;

    // A write sets the due time anew and ends any lease (the contract of DocumentChange.DueAt).
    private const string Update = """
        UPDATE bot_state SET document = convert_from($2, 'UTF8'), version = version + 1, updated_at = $4, expires_at = $5, due_at = $6,
            lease_owner = NULL, lease_until = NULL
        WHERE key = $1 AND version = $3 AND (expires_at IS NULL OR expires_at > $4)
        RETURNING version
        """;

    private const string DeleteChecked = "DELETE FROM bot_state WHERE key = $1 AND version = $2 AND (expires_at IS NULL OR expires_at > $3) RETURNING version";
    private const string DeleteAny = "DELETE FROM bot_state WHERE key = $1 RETURNING version";
    private const string DeleteExpired = "DELETE FROM bot_state WHERE expires_at <= $1";

    // SKIP LOCKED: two dispatchers claiming at once each take rows the other has not locked, instead of
    // waiting for each other and then finding them leased.
    private const string Claim = """
        WITH due AS (
            SELECT key FROM bot_state
            WHERE key >= $1 AND key < $2 AND due_at <= $3 AND (expires_at IS NULL OR expires_at > $3) AND (lease_until IS NULL OR lease_until <= $3)
            ORDER BY due_at, key
            LIMIT $6
            FOR UPDATE SKIP LOCKED)
        UPDATE bot_state SET lease_owner = $4, lease_until = $5 FROM due WHERE bot_state.key = due.key
        RETURNING bot_state.key, bot_state.document, bot_state.version, bot_state.due_at
        """;

    private const string Probe = """
        INSERT INTO bot_state (key, document, version, updated_at) VALUES ($1, $2, 1, $3)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, version = bot_state.version + 1, updated_at = excluded.updated_at
        """;

    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly TimeSpan purgeHorizonWait = purgeHorizonWait is { } wait && wait >= TimeSpan.Zero ? wait
        : purgeHorizonWait is null ? DefaultPurgeHorizonWait
        : throw new ArgumentOutOfRangeException(nameof(purgeHorizonWait), purgeHorizonWait, "A purge cannot wait less than no time.");

    /// <summary>How long a purge waits at most for older snapshots to end.</summary>
    public TimeSpan PurgeHorizonWait => purgeHorizonWait;

    /// <exception cref="StorageUnavailableException">The database could not be reached or did not answer in time.</exception>
    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        GuardAsync("read", async () =>
        {
            await using var command = dataSource.CreateCommand(Read);
            command.Parameters.Add(Text(key));
            command.Parameters.Add(Time(Now()));
            await using var row = await command.ExecuteReaderAsync(cancellationToken);
            return await row.ReadAsync(cancellationToken) ? new StoredDocument(key, row.GetString(0), ETag(row.GetInt64(1))) : null;
        });

    /// <exception cref="StorageUnavailableException">The database could not be reached or did not answer in time.</exception>
    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return GuardAsync<IReadOnlyList<string>>("read", async () =>
        {
            await using var command = dataSource.CreateCommand(ListKeys);
            command.Parameters.Add(Text(prefix));
            command.Parameters.Add(Text(PrefixEnd(prefix)));
            command.Parameters.Add(Time(Now()));
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            var keys = new List<string>();
            while (await rows.ReadAsync(cancellationToken))
            {
                keys.Add(rows.GetString(0));
            }

            return keys;
        });
    }

    /// <exception cref="StorageConflictException">A document changed since it was read (or, rarely, two sets deadlocked); nothing was written.</exception>
    /// <exception cref="StorageUnavailableException">The database could not be reached or did not answer in time; nothing was written.</exception>
    public async Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (changes.Count == 0)
        {
            return [];
        }

        var versions = changes.Select(change => ParseETag(change.Key, change.ExpectedETag)).ToArray();
        var now = Now();
        var (refused, etags) = await GuardAsync("write", async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            // One statement commits on its own; several need a transaction, since a refusal is no error to the server.
            await using var transaction = changes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
            await using var batch = new NpgsqlBatch(connection, transaction);
            for (var i = 0; i < changes.Count; i++)
            {
                batch.BatchCommands.Add(CommandFor(changes[i], versions[i], now));
            }

            var written = new string?[changes.Count];
            var refusedAt = -1;
            await using (var results = await batch.ExecuteReaderAsync(cancellationToken))
            {
                for (var i = 0; i < changes.Count; i++, await results.NextResultAsync(cancellationToken))
                {
                    var applied = await results.ReadAsync(cancellationToken);
                    if (!changes[i].IsDeletion && applied)
                    {
                        written[i] = ETag(results.GetInt64(0));
                    }

                    // An unchecked delete of a missing document is fine: it is gone either way.
                    if (!applied && !(changes[i].IsDeletion && versions[i] is null) && refusedAt < 0)
                    {
                        refusedAt = i;
                    }
                }
            }

            if (transaction is not null)
            {
                await (refusedAt >= 0 ? transaction.RollbackAsync(cancellationToken) : transaction.CommitAsync(cancellationToken));
            }

            return (refusedAt, written);
        }, conflictKey: changes[0].Key);

        return refused >= 0 ? throw new StorageConflictException(changes[refused].Key) : etags;
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        GuardAsync("write", async () =>
        {
            await using var command = dataSource.CreateCommand(DeleteExpired);
            command.Parameters.Add(Time(now));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        });

    /// <inheritdoc/>
    /// <remarks>
    /// Rows are locked with <c>FOR UPDATE SKIP LOCKED</c> while they are leased, so dispatchers on several
    /// instances claiming at the same moment get disjoint documents, and none waits on another.
    /// </remarks>
    public Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        if (limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<StoredDocument>>([]);
        }

        return GuardAsync<IReadOnlyList<StoredDocument>>("write", async () =>
        {
            await using var command = dataSource.CreateCommand(Claim);
            command.Parameters.Add(Text(prefix));
            command.Parameters.Add(Text(PrefixEnd(prefix)));
            command.Parameters.Add(Time(now));
            command.Parameters.Add(Text(owner));
            command.Parameters.Add(Time(now + lease));
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            var claimed = new List<(StoredDocument Document, DateTimeOffset DueAt)>();
            while (await rows.ReadAsync(cancellationToken))
            {
                claimed.Add((new StoredDocument(rows.GetString(0), rows.GetString(1), ETag(rows.GetInt64(2))), rows.GetFieldValue<DateTimeOffset>(3)));
            }

            // RETURNING keeps no order: earliest due first, as promised.
            return [.. claimed.OrderBy(item => item.DueAt).ThenBy(item => item.Document.Key, StringComparer.Ordinal).Select(item => item.Document)];
        });
    }

    /// <summary>
    /// Rewrites the table into fresh files (<c>VACUUM FULL</c>), so deleted rows leave no copy in the
    /// table's or its indexes' live files; the old files are unlinked. The rewrite copies a deleted row
    /// that some snapshot taken before the delete can still see (another instance's read, a report
    /// running on the database), so it first waits, up to the purge's bound, until no snapshot or
    /// transaction older than the deletes is left (<see cref="OlderSnapshots"/>); the delays between
    /// looks are the clock's. It does not reach the write-ahead log until the server recycles it,
    /// standbys, nor backups and point-in-time restore, which keep what they hold until their own
    /// retention ends (see the README). The rewrite locks the table: turns wait for it, and it gives up
    /// rather than wait long for the lock itself.
    /// </summary>
    /// <exception cref="TimeoutException">Older snapshots outlasted the wait, or the table stayed in use past the lock timeout; deleted data may still be in its files. Try again.</exception>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        long holders;
        try
        {
            holders = await GuardAsync("write", async () =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var holding = await WaitForOlderSnapshotsAsync(connection, cancellationToken);
                if (holding > 0)
                {
                    return holding;
                }

                await using (var limit = new NpgsqlCommand($"SET lock_timeout = {PurgeLockTimeoutMilliseconds}", connection))
                {
                    await limit.ExecuteNonQueryAsync(cancellationToken);
                }

                // Not in a transaction (VACUUM refuses one); the pool resets lock_timeout when the connection returns.
                await using var vacuum = new NpgsqlCommand("VACUUM (FULL) bot_state", connection);
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
                return 0L;
            });
        }
        catch (StorageUnavailableException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable })
        {
            throw new TimeoutException("The table stayed in use past the lock timeout, so it was not rewritten; deleted data may still be in its files.", exception);
        }

        if (holders > 0)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"{holders} snapshots or transactions older than the deletes outlasted the purge's wait ({purgeHorizonWait.TotalSeconds:0.###} s), so the table was not rewritten; deleted data may still be in its files."));
        }
    }

    /// <summary>Waits until nothing older than the deletes can see them any more, or the bound has passed.</summary>
    /// <returns>How many sessions, slots or prepared transactions still hold them: 0 when the rewrite may go ahead.</returns>
    private async Task<long> WaitForOlderSnapshotsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var next = new NpgsqlCommand(NextTransactionId, connection);
        var deletesBefore = (ulong)(await next.ExecuteScalarAsync(cancellationToken))!;
        await using var look = new NpgsqlCommand(OlderSnapshots, connection) { Parameters = { new NpgsqlParameter<ulong> { TypedValue = deletesBefore, NpgsqlDbType = NpgsqlDbType.Xid8 } } };
        // The bound counts the delays waited on the clock rather than reading it, so it holds on any clock
        // whose timers fire, a test's too.
        var waited = TimeSpan.Zero;
        var poll = FirstHorizonPoll;
        while (true)
        {
            var holders = (long)(await look.ExecuteScalarAsync(cancellationToken))!;
            if (holders == 0 || waited >= purgeHorizonWait)
            {
                return holders;
            }

            var delay = Min(poll, purgeHorizonWait - waited);
            await Task.Delay(delay, clock, cancellationToken);
            waited += delay;
            poll = Min(poll * 2, LongestHorizonPoll);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Upserts the probe document, waiting at most <see cref="ProbeTimeout"/>.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var at = Now();
        try
        {
            await GuardAsync("write", async () =>
            {
                await using var command = dataSource.CreateCommand(Probe);
                command.Parameters.Add(Text(ProbeKey));
                command.Parameters.Add(Text($$"""{"at":{{at.ToUnixTimeMilliseconds()}}}"""));
                command.Parameters.Add(Time(at));
                return await command.ExecuteNonQueryAsync(timeout.Token);
            });
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException("The storage did not answer a write in time.", exception);
        }
    }

    private static NpgsqlBatchCommand CommandFor(DocumentChange change, long? expected, DateTimeOffset now)
    {
        var command = change switch
        {
            { IsDeletion: true } when expected is null => new NpgsqlBatchCommand(DeleteAny) { Parameters = { Text(change.Key) } },
            { IsDeletion: true } => new NpgsqlBatchCommand(DeleteChecked) { Parameters = { Text(change.Key), Version(expected!.Value), Time(now) } },
            _ when expected is null => new NpgsqlBatchCommand(Insert)
            {
                Parameters = { Text(change.Key), Document(change), Time(now), Time(change.ExpiresAt), Time(change.DueAt) },
            },
            _ => new NpgsqlBatchCommand(Update)
            {
                Parameters = { Text(change.Key), Document(change), Version(expected!.Value), Time(now), Time(change.ExpiresAt), Time(change.DueAt) },
            },
        };
        return command;
    }

    /// <summary>Runs one database call, turning the driver's failures into the storage contract's exceptions.</summary>
    private static async Task<T> GuardAsync<T>(string what, Func<Task<T>> call, string? conflictKey = null)
    {
        try
        {
            return await call();
        }
        catch (PostgresException exception) when (conflictKey is not null && exception.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
        {
            // Two sets wrote the same documents in opposite orders: the server rolled this one back.
            throw new StorageConflictException(conflictKey);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or SocketException)
        {
            throw new StorageUnavailableException($"The storage could not {what}: {Cause(exception)}.", exception);
        }
    }

    /// <summary>What went wrong, in words fit for a log and a health report: the server's error code, never its message (which may quote data).</summary>
    public static string Cause(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => "the database's disk is full",
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => "the database is read-only (a standby?)",
        PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown } => "the database is shutting down or starting",
        PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } => "the database has no free connection",
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } => "the database refused the credentials",
        PostgresException { SqlState: PostgresErrorCodes.UndefinedTable } => "the schema is missing (were the migrations applied?)",
        PostgresException postgres => $"PostgreSQL error {postgres.SqlState}",
        NpgsqlException { InnerException: TimeoutException } or TimeoutException => "the database did not answer in time",
        NpgsqlException { InnerException: SocketException or IOException } or SocketException => "the database cannot be reached",
        NpgsqlException { InnerException: { } inner } => Cause(inner),
        _ => exception.GetType().Name,
    };

    private DateTimeOffset Now() => clock.GetUtcNow();

    /// <summary>The first string after every key that starts with <paramref name="prefix"/>.</summary>
    private static string PrefixEnd(string prefix) => string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]);

    private static string ETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long? ParseETag(string key, string? etag) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new StorageConflictException(key);

    private static NpgsqlParameter Text(string value) => new NpgsqlParameter<string> { TypedValue = value };

    /// <summary>
    /// The document as UTF-8 bytes, sent as they are (binary <c>bytea</c>) and stored by <c>convert_from(…, 'UTF8')</c>
    /// as the text they spell, as a text parameter would be: a change made from UTF-8 is not turned into a string first.
    /// </summary>
    private static NpgsqlParameter Document(DocumentChange change) =>
        new NpgsqlParameter<byte[]> { NpgsqlDbType = NpgsqlDbType.Bytea, TypedValue = change.Utf8Json ?? Encoding.UTF8.GetBytes(change.Json!) };

    private static NpgsqlParameter Version(long value) => new NpgsqlParameter<long> { TypedValue = value };

    // Npgsql writes only UTC offsets to timestamptz.
    private static NpgsqlParameter Time(DateTimeOffset? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value is { } time ? time.ToUniversalTime() : DBNull.Value };
}
