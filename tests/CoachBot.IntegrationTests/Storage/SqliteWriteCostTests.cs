using CoachBot.Conversations.State;
using CoachBot.Tests;
using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// What a write costs <see cref="SqliteStorage"/> in pages, and what the writer keeps off the disk: a
/// conversation document of a few KB rewritten turn after turn is one page in the WAL, also in a file that
/// an earlier version laid out WITHOUT ROWID, and no journal of changes goes to a temporary file.
/// </summary>
public sealed class SqliteWriteCostTests : IDisposable
{
    private const string Key = "conversation/msteams/a:1abc";
    private const int Updates = 10;

    // A conversation document mid-dialog, with a prompt's choices in it, is 1.7 KB on average and up to 3.2.
    private const int ConversationSize = 2_500;
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-write-cost-");
    private readonly FakeClock clock = new();

    [Fact]
    public async Task Rewriting_a_conversation_sized_document_writes_one_page_to_the_WAL_a_turn()
    {
        var path = NewPath();
        using var storage = NewStorage(path);
        var etag = await storage.WriteAsync(Key, Document(0), null, None);

        Assert.Equal(Updates, await FramesOfUpdatesAsync(storage, etag));
    }

    [Fact]
    public async Task A_file_laid_out_WITHOUT_ROWID_by_an_earlier_version_keeps_every_document_and_is_rewritten_at_one_page_a_turn()
    {
        var path = NewPath();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var inAnHour = now + 3_600_000;
        CreateWithoutRowidFile(path, [
            (Key, Document(0), 7, null, null, null, null),
            ("user/msteams/someone", """{"cases":[]}""", 3, inAnHour, null, null, null),
            ("user/msteams/someone/nudge/1", """{"n":1}""", 1, null, now, null, null),
            ("user/msteams/someone/nudge/2", """{"n":2}""", 2, null, now, "another instance", inAnHour),
            ("user/msteams/gone", """{"expired":true}""", 1, now, null, null, null),
        ]);

        using var storage = NewStorage(path);

        Assert.Equal(new StoredDocument(Key, Document(0), "7"), await storage.ReadAsync(Key, None));
        Assert.Equal(new StoredDocument("user/msteams/someone", """{"cases":[]}""", "3"), await storage.ReadAsync("user/msteams/someone", None));
        Assert.Null(await storage.ReadAsync("user/msteams/gone", None));
        // Due times and leases come along: the leased nudge stays with its owner until its lease ends.
        var claimed = Assert.Single(await storage.ClaimDueAsync("user/msteams/someone/nudge/", clock.GetUtcNow(), "this instance", TimeSpan.FromMinutes(1), 10, None));
        Assert.Equal(new StoredDocument("user/msteams/someone/nudge/1", """{"n":1}""", "1"), claimed);
        Assert.Equal(1, await storage.DeleteExpiredAsync(clock.GetUtcNow(), None));
        Assert.Equal(Updates, await FramesOfUpdatesAsync(storage, "7"));
    }

    [Fact]
    public async Task A_document_erased_after_the_layout_upgrade_leaves_no_trace_in_the_files()
    {
        var path = NewPath();
        var (userId, marker) = ($"user-{Guid.NewGuid():N}", $"marker-{Guid.NewGuid():N}");
        CreateWithoutRowidFile(path, [
            ($"user/msteams/{userId}", $$"""{"note":"{{marker}}","padding":"{{new string('x', 3_000)}}"}""", 1, null, null, null, null),
            ("user/msteams/someone-else", """{"kept":true}""", 1, null, null, null, null),
        ]);

        using var storage = new SqliteStorage(path, clock, Timeout.InfiniteTimeSpan, int.MaxValue);
        Assert.True(DatabaseFiles.Contain(path, marker));
        await storage.DeleteAsync($"user/msteams/{userId}", null, None);
        await storage.PurgeAsync(None);

        // Neither the copy made by the upgrade nor the old table's pages keep it.
        Assert.False(DatabaseFiles.Contain(path, marker), "The document's content is still in the files.");
        Assert.False(DatabaseFiles.Contain(path, userId), "The document's key is still in the files.");
        Assert.NotNull(await storage.ReadAsync("user/msteams/someone-else", None));
    }

    /// <summary>
    /// SQLite journals the pages a statement or savepoint changes, in case it must be undone; the journal
    /// holds copies of documents. In memory it is never written to a temporary file, where a deleted file's
    /// blocks would keep them beyond any purge.
    /// </summary>
    [Fact]
    public async Task The_writer_keeps_its_journals_of_changes_in_memory_not_in_temporary_files()
    {
        using var storage = NewStorage(NewPath());

        // 2: MEMORY (0, the default, and 1 put them in files).
        Assert.Equal(2, await storage.WriterSettingAsync("temp_store"));
    }

    public void Dispose()
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up with the rest of the temp folder.
        }
    }

    /// <summary>
    /// Folds the WAL back (so the next commit starts it over), rewrites <see cref="Key"/> <see cref="Updates"/>
    /// times at the same size, one commit each, and counts the frames those commits added to the WAL.
    /// </summary>
    private static async Task<long> FramesOfUpdatesAsync(SqliteStorage storage, string etag)
    {
        storage.Checkpoint();
        for (var i = 1; i <= Updates; i++)
        {
            etag = await storage.WriteAsync(Key, Document(i), etag, None);
        }

        return storage.Checkpoint();
    }

    /// <summary>A JSON document of <see cref="ConversationSize"/> characters whatever <paramref name="turn"/>.</summary>
    private static string Document(int turn)
    {
        var head = $$"""{"turn":{{turn,3}},"padding":" """;
        return head + new string('x', ConversationSize - head.Length - 2) + "\"}";
    }

    /// <summary>A database as the storage created it before the rowid layout (with due times and leases), with the given rows.</summary>
    private static void CreateWithoutRowidFile(string path, IEnumerable<(string Key, string Document, long Version, long? ExpiresAt, long? DueAt, string? LeaseOwner, long? LeaseUntil)> rows)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE bot_state (
                    key        TEXT    NOT NULL PRIMARY KEY,
                    document   TEXT    NOT NULL,
                    version    INTEGER NOT NULL,
                    updated_at TEXT    NOT NULL,
                    expires_at INTEGER,
                    due_at     INTEGER,
                    lease_owner TEXT,
                    lease_until INTEGER
                ) WITHOUT ROWID;
                CREATE INDEX bot_state_expiry ON bot_state (expires_at) WHERE expires_at IS NOT NULL;
                CREATE INDEX bot_state_due ON bot_state (due_at) WHERE due_at IS NOT NULL;
                """;
            create.ExecuteNonQuery();
        }

        foreach (var row in rows)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO bot_state VALUES ($key, $document, $version, '2026-01-01T00:00:00.0000000+00:00', $expires_at, $due_at, $lease_owner, $lease_until)";
            insert.Parameters.AddWithValue("$key", row.Key);
            insert.Parameters.AddWithValue("$document", row.Document);
            insert.Parameters.AddWithValue("$version", row.Version);
            insert.Parameters.AddWithValue("$expires_at", (object?)row.ExpiresAt ?? DBNull.Value);
            insert.Parameters.AddWithValue("$due_at", (object?)row.DueAt ?? DBNull.Value);
            insert.Parameters.AddWithValue("$lease_owner", (object?)row.LeaseOwner ?? DBNull.Value);
            insert.Parameters.AddWithValue("$lease_until", (object?)row.LeaseUntil ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
    }

    private string NewPath() => Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");

    // No background checkpoints: only the test's own may fold the WAL back.
    private SqliteStorage NewStorage(string path) => new(path, clock, Timeout.InfiniteTimeSpan, int.MaxValue);
}
