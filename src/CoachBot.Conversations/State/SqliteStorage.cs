using Microsoft.Data.Sqlite;

namespace CoachBot.Conversations.State;

/// <summary>
/// The default bot storage: one SQLite file in WAL mode. Readers use pooled connections and run in
/// parallel; writes go through one connection, one at a time, so SQLite never answers "busy"
/// (whose built-in retry would sleep for 150 ms).
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

    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly TimeProvider clock;

    public SqliteStorage(string path, TimeProvider? clock = null)
    {
        this.clock = clock ?? TimeProvider.System;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        writer = new SqliteConnection(connectionString);
        writer.Open();
        Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
        Execute(writer, Schema);
    }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document, version FROM bot_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredDocument(key, reader.GetString(0), reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        var expectedVersion = ParseETag(key, expectedETag);
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            using var command = writer.CreateCommand();
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$document", json);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToString("O"));
            if (expectedVersion is null)
            {
                command.CommandText = """
                    INSERT INTO bot_state (key, document, version, updated_at) VALUES ($key, $document, 1, $now)
                    ON CONFLICT (key) DO NOTHING
                    """;
            }
            else
            {
                command.CommandText = """
                    UPDATE bot_state SET document = $document, version = version + 1, updated_at = $now
                    WHERE key = $key AND version = $version
                    """;
                command.Parameters.AddWithValue("$version", expectedVersion.Value);
            }

            if (command.ExecuteNonQuery() == 0)
            {
                throw new StorageConflictException(key);
            }

            return ((expectedVersion ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        var expectedVersion = ParseETag(key, expectedETag);
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            using var command = writer.CreateCommand();
            command.CommandText = expectedVersion is null
                ? "DELETE FROM bot_state WHERE key = $key"
                : "DELETE FROM bot_state WHERE key = $key AND version = $version";
            command.Parameters.AddWithValue("$key", key);
            if (expectedVersion is not null)
            {
                command.Parameters.AddWithValue("$version", expectedVersion.Value);
            }

            if (command.ExecuteNonQuery() == 0 && expectedVersion is not null)
            {
                throw new StorageConflictException(key);
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        writeGate.Dispose();
    }

    private static long? ParseETag(string key, string? etag) =>
        etag is null ? null
        : long.TryParse(etag, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version
        : throw new StorageConflictException(key);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
