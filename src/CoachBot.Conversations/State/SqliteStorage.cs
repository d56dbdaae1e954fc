using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CoachBot.Conversations.State;

/// <summary>
/// The default bot storage: one SQLite file in WAL mode. Reads run in parallel on a few connections of
/// their own. Writes queue up for one writer connection, so SQLite never answers "busy" (whose built-in
/// retry would sleep for 150 ms), and the writes waiting at any moment commit together in one
/// transaction, each with its own ETag check: a commit costs about as much as the writes in it together.
/// Statements are prepared once per connection and reused. The WAL is checkpointed in the background,
/// never inside a commit, so no write waits behind copying pages into the database file; see
/// <see cref="CheckpointLoopAsync"/> for how the WAL is still kept from growing without end.
/// A document may carry an expiry: from then on it reads as absent, and <see cref="DeleteExpiredAsync"/>
/// deletes it. Deleted and overwritten content is zeroed in the pages (secure_delete), the writer's
/// journals of changes stay in memory (no temporary files), and <see cref="PurgeAsync"/> empties the WAL of
/// old page images, so an erased document leaves no readable copy in the files. The folder and file are
/// created readable by their owner only.
/// </summary>
public sealed partial class SqliteStorage : IStorage, IDisposable
{
    private const int MaxWritesPerCommit = 64;
    private const string Savepoint = "change_set";
    // Each checkpoint syncs the WAL and the database file, and commits wait behind those syncs for a few
    // milliseconds; every 5 s rather than every second cut p99 by a fifth under load. The price: with
    // synchronous = NORMAL, a power cut (not a crash of the bot) may lose the last few seconds of writes.
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(5);
    // 65,536 pages of 4 KiB: past 256 MiB the writer rewinds the WAL at its next pause between commits.
    // Only a sustained load gets there; the benchmark's load writes about 50 MiB a second.
    private const int RestartLogAfterFrames = 65536;
    // A rewound WAL file bigger than this is cut back to it, so one unusual spell doesn't hold disk for good.
    // Below it the file keeps its size and is overwritten, which spares the file system reallocating it.
    private const long WalSizeLimitBytes = 512L * 1024 * 1024;

    /// <summary>How long a read or write may wait before the storage counts as stalled.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Free space kept on the disk beyond the WAL's size, so a checkpoint can always fold the WAL back.</summary>
    public const long DefaultMinFreeBytes = 16L * 1024 * 1024;

    // How often the writer looks at the free space (a statfs) while there is plenty; within
    // CloseToFullBytes of the limit it looks before every commit, so no burst of writes overshoots it.
    private const long SpaceCheckMilliseconds = 250;
    private const long CloseToFullBytes = 64L * 1024 * 1024;
    private const string ProbeKey = "coachbot/storage-probe";

    /// <summary>How long a health probe waits for its write at most.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private readonly string connectionString;
    private readonly string databaseFile;
    private readonly string folder;
    private readonly TimeProvider clock;
    private readonly TimeProvider timeoutClock;
    private readonly TimeSpan timeout;
    private readonly long minFreeBytes;
    private readonly ConcurrentBag<Reader> idleReaders = [];
    private readonly RecentDocuments recent = new();
    private readonly SemaphoreSlim readerSlots = new(Environment.ProcessorCount * 2);
    private readonly Channel<PendingWrite> pendingWrites = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writing;
    private readonly CancellationTokenSource stopping = new();
    private readonly (SqliteConnection Connection, SqliteCommand Command) checkpointer;
    private readonly Lock checkpointerInUse = new();
    private readonly Task checkpointing;
    private readonly int restartLogAfterFrames;
    private int restartLogRequested;
    // Only the write loop touches these: the writer is null after a failure, until it is opened again.
    private Writer? writer;
    private long nextSpaceCheck;
    private long headroom = long.MaxValue;
    private volatile string? unavailableReason;

    public SqliteStorage(string path, TimeProvider? clock = null, TimeSpan? timeout = null, long minFreeBytes = DefaultMinFreeBytes)
        : this(path, clock, CheckpointInterval, RestartLogAfterFrames, timeout ?? DefaultTimeout, minFreeBytes, null)
    {
    }

    /// <param name="checkpointInterval">How often to checkpoint in the background; infinite for never,
    /// so a test can run <see cref="Checkpoint"/> itself.</param>
    /// <param name="restartLogAfterFrames">The WAL size, in frames, past which the writer rewinds it.</param>
    internal SqliteStorage(string path, TimeProvider? clock, TimeSpan checkpointInterval, int restartLogAfterFrames)
        : this(path, clock, checkpointInterval, restartLogAfterFrames, DefaultTimeout, DefaultMinFreeBytes, null)
    {
    }

    /// <param name="timeoutClock">The clock of <paramref name="timeout"/>: real time unless a test stalls the disk.</param>
    /// <exception cref="StorageUnavailableException">The database cannot be opened for writing; the message says where and why.</exception>
    internal SqliteStorage(string path, TimeProvider? clock, TimeSpan checkpointInterval, int restartLogAfterFrames, TimeSpan timeout, long minFreeBytes, TimeProvider? timeoutClock)
    {
        this.clock = clock ?? TimeProvider.System;
        this.timeoutClock = timeoutClock ?? TimeProvider.System;
        this.timeout = timeout;
        this.minFreeBytes = minFreeBytes;
        this.restartLogAfterFrames = restartLogAfterFrames;
        databaseFile = Path.GetFullPath(path);
        folder = Path.GetDirectoryName(databaseFile) ?? ".";

        // Our own connections are long-lived, so the driver's pool would only hold closed duplicates.
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();

        SqliteConnection? checkpointConnection = null;
        try
        {
            CreateFilesForOwnerOnly(path);
            writer = OpenWriter(schema: true);
            RestrictFilesToOwner();
            checkpointConnection = new SqliteConnection(connectionString);
            checkpointConnection.Open();
            checkpointer = (checkpointConnection, Prepare(checkpointConnection, "PRAGMA wal_checkpoint(PASSIVE);"));
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or StorageUnavailableException)
        {
            writer?.Dispose();
            checkpointConnection?.Dispose();
            throw new StorageUnavailableException(
                $"CoachBot cannot open its database {databaseFile} for writing: {Cause(exception)}. Check that the folder exists (or can be created), that this user may write to it, and that the disk has space.",
                exception);
        }

        writing = Task.Run(WriteLoopAsync);
        checkpointing = Task.Run(() => CheckpointLoopAsync(checkpointInterval));
    }

    /// <summary>Why the last write could not be stored, while the storage cannot write; null when it can.</summary>
    public string? UnavailableReason => unavailableReason;

    /// <exception cref="StorageUnavailableException">The database could not be read, or every reader stayed busy past the timeout.</exception>
    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        recent.TryRead(key, clock.GetUtcNow().ToUnixTimeMilliseconds(), out var document)
            ? Task.FromResult(document)
            : WithReaderAsync((reader, now) => reader.Read(key, now), cancellationToken);

    /// <exception cref="StorageUnavailableException">The database could not be read, or every reader stayed busy past the timeout.</exception>
    public async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return await WithReaderAsync((reader, now) => reader.ListKeys(prefix, now), cancellationToken);
    }

    private async Task<T> WithReaderAsync<T>(Func<Reader, long, T> read, CancellationToken cancellationToken)
    {
        // Readers that hang on a stalled disk keep their slots; past the timeout the next one gives up.
        if (!readerSlots.Wait(0) && !await readerSlots.WaitAsync(timeout, cancellationToken))
        {
            throw new StorageUnavailableException("The storage did not answer a read in time.");
        }

        Reader? reader = null;
        try
        {
            reader = idleReaders.TryTake(out var idle) ? idle : new Reader(connectionString);
            return read(reader, clock.GetUtcNow().ToUnixTimeMilliseconds());
        }
        catch (SqliteException exception)
        {
            // A connection that failed is not trusted again.
            reader?.Dispose();
            reader = null;
            throw new StorageUnavailableException($"The storage could not be read: {Cause(exception)}.", exception);
        }
        finally
        {
            if (reader is not null)
            {
                idleReaders.Add(reader);
            }

            readerSlots.Release();
        }
    }

    /// <remarks>Once queued, a set of changes is committed or refused as a whole; it is not cancelled halfway.</remarks>
    public async Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var versions = changes.Select(change => ParseETag(change.Key, change.ExpectedETag)).ToArray();
        var refused = await EnqueueAsync(new PendingChanges(changes, versions));
        if (refused >= 0)
        {
            throw new StorageConflictException(changes[refused].Key);
        }

        return changes.Select((change, i) => change.IsDeletion ? null : ((versions[i] ?? 0) + 1).ToString(CultureInfo.InvariantCulture)).ToList();
    }

    /// <remarks>Runs through the writer, after the writes queued before it; once queued, it is not cancelled.</remarks>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return EnqueueAsync(new PendingChore(w =>
        {
            var deleted = w.DeleteExpired(now.ToUnixTimeMilliseconds());
            recent.Forget();
            return deleted;
        }));
    }

    /// <remarks>
    /// Runs through the writer, after the writes queued before it, so a document written and then claimed is
    /// claimed as written; the lease is one UPDATE, so two claims never take the same document.
    /// </remarks>
    public async Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var nowMs = now.ToUnixTimeMilliseconds();
        var claimed = new List<StoredDocument>();
        await EnqueueAsync(new PendingChore(w =>
        {
            claimed = w.ClaimDue(prefix, KeyRangeEnd(prefix), nowMs, owner, nowMs + (long)lease.TotalMilliseconds, limit);
            return claimed.Count;
        }));
        return claimed;
    }

    /// <summary>The first key after every key that starts with <paramref name="prefix"/>.</summary>
    private static string KeyRangeEnd(string prefix) => string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]);

    /// <summary>
    /// Replaces the probe document, through the same writer and space check as a turn's changes, but waits
    /// at most <see cref="ProbeTimeout"/>: a health check answers quickly, and a stalled disk is stalled
    /// whether it is reported after two seconds or after the turns' timeout.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var at = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        DocumentChange[] changes = [new(ProbeKey, null, null), new(ProbeKey, $$"""{"at":{{at}}}""", null)];
        await EnqueueAsync(new PendingChanges(changes, [null, null]), timeout < ProbeTimeout ? timeout : ProbeTimeout);
    }

    /// <summary>
    /// Folds the whole WAL into the database file, where secure_delete has already zeroed what was
    /// deleted, and truncates the WAL, which still holds the old page images.
    /// </summary>
    /// <exception cref="TimeoutException">Readers kept the WAL in use past the busy timeout; try again.</exception>
    public Task PurgeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return EnqueueAsync(new PendingChore(w =>
        {
            // A passive checkpoint running meanwhile would make this one fail at once instead of waiting.
            using var _ = checkpointerInUse.EnterScope();
            w.TruncateLog();
            return 0;
        }));
    }

    /// <summary>A numeric setting of the write connection (<c>PRAGMA <paramref name="pragma"/></c>), read by the writer between commits: for tests.</summary>
    internal Task<int> WriterSettingAsync(string pragma) => EnqueueAsync(new PendingChore(w => w.Setting(pragma)));

    private async Task<int> EnqueueAsync(PendingWrite pending, TimeSpan? wait = null)
    {
        if (!pendingWrites.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteStorage));
        }

        try
        {
            return await pending.Done.Task.WaitAsync(wait ?? timeout, timeoutClock);
        }
        catch (TimeoutException exception) when (!pending.Done.Task.IsCompleted)
        {
            if (!pending.TryAbandon())
            {
                // The writer is committing it this moment: what it says is the truth, and it says it soon.
                return await pending.Done.Task;
            }

            // Given up for good: the writer skips it, or rolls back the commit it was in, so the turn
            // told its message was not taken in never finds it stored later.
            unavailableReason = "the disk stalled";
            throw new StorageUnavailableException("The storage did not answer a write in time.", exception);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingChanges>();
        while (await pendingWrites.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxWritesPerCommit && pendingWrites.Reader.TryRead(out var write))
            {
                if (write is PendingChanges changes)
                {
                    batch.Add(changes);
                    continue;
                }

                // A chore runs alone, after the writes queued before it have committed.
                Commit(batch);
                RunChore((PendingChore)write);
            }

            Commit(batch);
            if (Interlocked.Exchange(ref restartLogRequested, 0) == 1)
            {
                writer?.RestartLog();
            }
        }
    }

    private void Commit(List<PendingChanges> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // A set whose waiter gave up is never stored: it was told so.
        batch.RemoveAll(pending => pending.IsAbandoned);
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            if (WriterWithRoom().Commit(batch, new CommitTime(clock.GetUtcNow()), () => ClaimAll(batch)) is not { } refused)
            {
                // A waiter gave up while its set was applied: all was rolled back; the others go again, without it.
                Commit(batch);
                return;
            }

            unavailableReason = null;
            for (var i = 0; i < batch.Count; i++)
            {
                if (refused[i] < 0)
                {
                    // Before the writer hears it is stored, so its next read finds it.
                    recent.Committed(batch[i]);
                }

                batch[i].Done.TrySetResult(refused[i]);
            }
        }
        catch (Exception exception)
        {
            // Nothing in the batch was stored: every writer hears why.
            var failure = Unavailable(exception);
            batch.ForEach(pending => pending.Done.TrySetException(failure));
        }
        finally
        {
            batch.Clear();
        }
    }

    /// <summary>Claims every set of the batch for the commit about to happen; false (and none claimed) when a waiter gave up meanwhile.</summary>
    private static bool ClaimAll(List<PendingChanges> batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (!batch[i].TryClaim())
            {
                batch.Take(i).ToList().ForEach(claimed => claimed.Unclaim());
                return false;
            }
        }

        return true;
    }

    private void RunChore(PendingChore chore)
    {
        try
        {
            // No space check: deleting expired documents and emptying the WAL are what free space.
            writer ??= OpenWriter(schema: false);
            chore.Done.TrySetResult(chore.Work(writer));
        }
        catch (Exception exception)
        {
            chore.Done.TrySetException(exception is SqliteException ? Unavailable(exception) : exception);
        }
    }

    /// <summary>
    /// The writer, once there is room for a commit: the free space must exceed the WAL (which a checkpoint
    /// may copy into the database file) by <see cref="minFreeBytes"/>. When it does not, the WAL is folded
    /// back and emptied first; if there is still no room, the write is refused at once, so the disk never
    /// fills up to where a checkpoint cannot run. Looked at every <see cref="SpaceCheckMilliseconds"/>.
    /// </summary>
    /// <exception cref="StorageUnavailableException">No room, or the writer could not be opened.</exception>
    private Writer WriterWithRoom()
    {
        // While it cannot write, every attempt looks again, so freed space is used at once, without a restart.
        var now = Environment.TickCount64;
        if (now >= nextSpaceCheck || unavailableReason is not null || headroom < CloseToFullBytes)
        {
            nextSpaceCheck = now + SpaceCheckMilliseconds;
            headroom = FreeBytes() - WalBytes() - minFreeBytes;
            if (headroom < 0)
            {
                writer ??= OpenWriter(schema: false);
                writer.TryTruncateLog();
                headroom = FreeBytes() - WalBytes() - minFreeBytes;
                if (FreeBytes() < minFreeBytes)
                {
                    throw new StorageUnavailableException("The storage cannot write now: the disk is full.");
                }
            }
        }

        return writer ??= OpenWriter(schema: false);
    }

    /// <summary>The exception a failed write reports, and the storage marked as unable to write until it recovers.</summary>
    private StorageUnavailableException Unavailable(Exception exception)
    {
        if (exception is SqliteException)
        {
            // After a failed commit the connection may be left mid-transaction: start over with a fresh one.
            writer?.Dispose();
            writer = null;
        }

        var failure = exception as StorageUnavailableException
            ?? new StorageUnavailableException($"The storage could not write: {Cause(exception)}.", exception);
        unavailableReason = exception is StorageUnavailableException ? failure.Message : Cause(exception);
        return failure;
    }

    private long FreeBytes()
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Unknown: do not refuse writes for it.
            return long.MaxValue;
        }
    }

    private long WalBytes()
    {
        var wal = new FileInfo(databaseFile + "-wal");
        return wal.Exists ? wal.Length : 0;
    }

    /// <summary>What went wrong, in words fit for a log and a health report: no paths of documents, no data.</summary>
    private static string Cause(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 13 } => "the disk is full",
        SqliteException { SqliteErrorCode: 8 } => "the database is read-only",
        SqliteException { SqliteErrorCode: 14 } => "the database file or its folder cannot be opened",
        SqliteException { SqliteErrorCode: 10 } => "a disk I/O error",
        SqliteException { SqliteErrorCode: 5 or 6 } => "the database stayed locked",
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode}",
        StorageUnavailableException => exception.Message,
        UnauthorizedAccessException => "permission denied",
        _ => exception.GetType().Name,
    };

    /// <summary>Lets the queued writes finish, folds the WAL back where it can, and closes; never throws, whatever the disk.</summary>
    public void Dispose()
    {
        pendingWrites.Writer.TryComplete();
        writing.GetAwaiter().GetResult();
        stopping.Cancel();
        checkpointing.GetAwaiter().GetResult();
        checkpointer.Command.Dispose();
        checkpointer.Connection.Dispose();
        stopping.Dispose();
        writer?.Dispose();
        while (idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        readerSlots.Dispose();
    }

    /// <summary>
    /// Checkpoints at every interval until disposed. Real time, not the injected clock: this is
    /// housekeeping, not behaviour.
    /// </summary>
    private async Task CheckpointLoopAsync(TimeSpan interval)
    {
        try
        {
            if (interval == Timeout.InfiniteTimeSpan)
            {
                await Task.Delay(Timeout.Infinite, stopping.Token);
            }

            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                Checkpoint();
            }
        }
        catch (OperationCanceledException)
        {
        }

        // On the way out, fold the whole WAL into the database file. On a full disk this can fail: the
        // committed data stays in the WAL, and the next start reads it from there.
        using var _ = checkpointerInUse.EnterScope();
        try
        {
            Execute(checkpointer.Connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
        }
    }

    /// <summary>
    /// A passive checkpoint copies committed pages into the database file alongside readers and the writer,
    /// on a connection of its own. Under steady writes it never catches up with the last commit, and SQLite
    /// only rewinds the WAL to its start once every frame is copied back, so on its own the WAL would grow
    /// without end (gigabytes a minute under the benchmark's load). So once the WAL holds
    /// <see cref="restartLogAfterFrames"/> frames, the writer finishes the job between two commits
    /// (<see cref="Writer.RestartLog"/>); only the pages written since this pass are left for it to copy.
    /// </summary>
    /// <returns>The number of frames in the WAL before this pass.</returns>
    internal long Checkpoint()
    {
        using var _ = checkpointerInUse.EnterScope();
        try
        {
            // One row: busy (0/1), frames in the WAL, frames copied back.
            using var result = checkpointer.Command.ExecuteReader();
            var frames = result.Read() ? result.GetInt64(1) : 0;
            if (frames >= restartLogAfterFrames)
            {
                Volatile.Write(ref restartLogRequested, 1);
            }

            return frames;
        }
        catch (SqliteException)
        {
            // Committed data is safe in the WAL either way; the next pass tries again.
            return 0;
        }
    }

    private static long? ParseETag(string key, string? etag) =>
        etag is null ? null
        : long.TryParse(etag, CultureInfo.InvariantCulture, out var version) ? version
        : throw new StorageConflictException(key);

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>A read connection with its prepared SELECT.</summary>
    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand select;
        private readonly SqliteCommand listKeys;

        public Reader(string connectionString)
        {
            connection = new SqliteConnection(connectionString);
            connection.Open();
            select = Prepare(connection,
                "SELECT document, version FROM bot_state WHERE key = $key AND (expires_at IS NULL OR expires_at > $now_ms)", "$key", "$now_ms");
            // A range on the primary key rather than LIKE, which would not use the index (and treats _ and % specially).
            listKeys = Prepare(connection,
                "SELECT key FROM bot_state WHERE key >= $from AND key < $to AND (expires_at IS NULL OR expires_at > $now_ms) ORDER BY key", "$from", "$to", "$now_ms");
        }

        public List<string> ListKeys(string prefix, long now)
        {
            listKeys.Parameters["$from"].Value = prefix;
            listKeys.Parameters["$to"].Value = KeyRangeEnd(prefix);
            listKeys.Parameters["$now_ms"].Value = now;
            using var rows = listKeys.ExecuteReader();
            var keys = new List<string>();
            while (rows.Read())
            {
                keys.Add(rows.GetString(0));
            }

            return keys;
        }

        /// <param name="now">Unix milliseconds: a document that expired by then reads as absent.</param>
        public StoredDocument? Read(string key, long now)
        {
            select.Parameters["$key"].Value = key;
            select.Parameters["$now_ms"].Value = now;
            using var row = select.ExecuteReader();
            return row.Read()
                ? StoredDocument.FromUtf8(key, row.GetFieldValue<byte[]>(0), row.GetInt64(1).ToString(CultureInfo.InvariantCulture))
                : null;
        }

        public void Dispose()
        {
            select.Dispose();
            listKeys.Dispose();
            connection.Dispose();
        }
    }
}
