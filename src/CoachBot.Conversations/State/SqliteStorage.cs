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
/// never inside a commit, so no write waits behind copying pages into the database file.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS bot_state (
            key        TEXT    NOT NULL PRIMARY KEY,
            document   TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            updated_at TEXT    NOT NULL
        ) WITHOUT ROWID;
        """;

    private const int MaxWritesPerCommit = 64;
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private readonly string connectionString;
    private readonly TimeProvider clock;
    private readonly ConcurrentBag<Reader> idleReaders = [];
    private readonly SemaphoreSlim readerSlots = new(Environment.ProcessorCount * 2);
    private readonly Writer writer;
    private readonly Channel<PendingWrite> pendingWrites = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writing;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task checkpointing;

    public SqliteStorage(string path, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Our own connections are long-lived, so the driver's pool would only hold closed duplicates.
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 0;");
        Execute(connection, Schema);
        writer = new Writer(connection);
        writing = Task.Run(WriteLoopAsync);
        checkpointing = Task.Run(CheckpointLoopAsync);
    }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await readerSlots.WaitAsync(cancellationToken);
        var reader = idleReaders.TryTake(out var idle) ? idle : new Reader(connectionString);
        try
        {
            return reader.Read(key);
        }
        finally
        {
            idleReaders.Add(reader);
            readerSlots.Release();
        }
    }

    /// <remarks>Once queued, a write is committed or refused; it is not cancelled halfway.</remarks>
    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var expectedVersion = ParseETag(key, expectedETag);
        var written = await EnqueueAsync(new PendingWrite(key, json, expectedVersion));
        return written ? ((expectedVersion ?? 0) + 1).ToString(CultureInfo.InvariantCulture) : throw new StorageConflictException(key);
    }

    public async Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        var expectedVersion = ParseETag(key, expectedETag);
        if (!await EnqueueAsync(new PendingWrite(key, null, expectedVersion)) && expectedVersion is not null)
        {
            throw new StorageConflictException(key);
        }
    }

    /// <returns>Whether a row changed: false means the ETag check failed.</returns>
    private Task<bool> EnqueueAsync(PendingWrite write) =>
        pendingWrites.Writer.TryWrite(write) ? write.Done.Task : throw new ObjectDisposedException(nameof(SqliteStorage));

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>();
        while (await pendingWrites.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxWritesPerCommit && pendingWrites.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            writer.Commit(batch, Now());
            batch.Clear();
        }
    }

    public void Dispose()
    {
        pendingWrites.Writer.TryComplete();
        writing.GetAwaiter().GetResult();
        stopping.Cancel();
        checkpointing.GetAwaiter().GetResult();
        stopping.Dispose();
        writer.Dispose();
        while (idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        readerSlots.Dispose();
    }

    /// <summary>
    /// A passive checkpoint copies committed pages into the database file alongside readers and the writer,
    /// on a connection of its own. Real time, not the injected clock: this is housekeeping, not behaviour.
    /// </summary>
    private async Task CheckpointLoopAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var timer = new PeriodicTimer(CheckpointInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                try
                {
                    Execute(connection, "PRAGMA wal_checkpoint(PASSIVE);");
                }
                catch (SqliteException)
                {
                    // Committed data is safe in the WAL either way; the next tick tries again.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        // On the way out, fold the whole WAL into the database file.
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static long? ParseETag(string key, string? etag) =>
        etag is null ? null
        : long.TryParse(etag, CultureInfo.InvariantCulture, out var version) ? version
        : throw new StorageConflictException(key);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
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

        public Reader(string connectionString)
        {
            connection = new SqliteConnection(connectionString);
            connection.Open();
            select = Prepare(connection, "SELECT document, version FROM bot_state WHERE key = $key", "$key");
        }

        public StoredDocument? Read(string key)
        {
            select.Parameters["$key"].Value = key;
            using var row = select.ExecuteReader();
            return row.Read()
                ? new StoredDocument(key, row.GetString(0), row.GetInt64(1).ToString(CultureInfo.InvariantCulture))
                : null;
        }

        public void Dispose()
        {
            select.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>A write or (with no document) a delete waiting for the next commit.</summary>
    private sealed record PendingWrite(string Key, string? Json, long? ExpectedVersion)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The one write connection with its prepared statements, used only by the write loop.</summary>
    private sealed class Writer(SqliteConnection connection) : IDisposable
    {
        private readonly SqliteCommand insert = Prepare(connection, """
            INSERT INTO bot_state (key, document, version, updated_at) VALUES ($key, $document, 1, $now)
            ON CONFLICT (key) DO NOTHING
            """, "$key", "$document", "$now");

        private readonly SqliteCommand update = Prepare(connection, """
            UPDATE bot_state SET document = $document, version = version + 1, updated_at = $now
            WHERE key = $key AND version = $version
            """, "$key", "$document", "$version", "$now");

        private readonly SqliteCommand delete = Prepare(connection,
            "DELETE FROM bot_state WHERE key = $key AND ($version IS NULL OR version = $version)", "$key", "$version");

        /// <summary>Runs the writes in one transaction; each learns whether its ETag check passed.</summary>
        public void Commit(List<PendingWrite> batch, string now)
        {
            var changed = new bool[batch.Count];
            try
            {
                using var transaction = connection.BeginTransaction();
                SetTransaction(transaction);
                for (var i = 0; i < batch.Count; i++)
                {
                    var write = batch[i];
                    changed[i] = write switch
                    {
                        { Json: null } => Delete(write.Key, write.ExpectedVersion),
                        { ExpectedVersion: null } => Insert(write.Key, write.Json, now),
                        _ => Update(write.Key, write.Json, write.ExpectedVersion.Value, now),
                    };
                }

                transaction.Commit();
            }
            catch (Exception exception)
            {
                // Nothing in the batch was stored: every writer hears why.
                batch.ForEach(write => write.Done.TrySetException(exception));
                return;
            }
            finally
            {
                SetTransaction(null);
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(changed[i]);
            }
        }

        private void SetTransaction(SqliteTransaction? transaction)
        {
            insert.Transaction = transaction;
            update.Transaction = transaction;
            delete.Transaction = transaction;
        }

        private bool Insert(string key, string json, string now) =>
            Run(insert, ("$key", key), ("$document", json), ("$now", now));

        private bool Update(string key, string json, long expectedVersion, string now) =>
            Run(update, ("$key", key), ("$document", json), ("$version", expectedVersion), ("$now", now));

        private bool Delete(string key, long? expectedVersion) =>
            Run(delete, ("$key", key), ("$version", expectedVersion));

        public void Dispose()
        {
            insert.Dispose();
            update.Dispose();
            delete.Dispose();
            connection.Dispose();
        }

        /// <returns>Whether a row changed.</returns>
        private static bool Run(SqliteCommand command, params (string Name, object? Value)[] values)
        {
            foreach (var (name, value) in values)
            {
                command.Parameters[name].Value = value ?? DBNull.Value;
            }

            return command.ExecuteNonQuery() > 0;
        }
    }
}
