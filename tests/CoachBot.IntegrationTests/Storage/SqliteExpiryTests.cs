using CoachBot.Conversations.State;
using CoachBot.Tests;
using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// Documents with an expiry in <see cref="SqliteStorage"/>, on real files, against a clock the test moves:
/// the same rules as the in-memory storage, and files written before the expiry column existed.
/// </summary>
public sealed class SqliteExpiryTests : IDisposable
{
    private const string Key = "conversation/msteams/a:1abc";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-expiry-");
    private readonly FakeClock clock = new();

    [Fact]
    public async Task A_document_reads_as_absent_from_its_expiry_on_though_its_row_stays_until_deleted()
    {
        using var storage = NewStorage(out var path);
        await Write(storage, Key, """{"step":1}""", null, In(TimeSpan.FromHours(1)));

        clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromMilliseconds(1));
        Assert.Equal("""{"step":1}""", (await storage.ReadAsync(Key, None))?.Json);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(await storage.ReadAsync(Key, None));
        Assert.Single(StoredRows.Read(path));
    }

    [Fact]
    public async Task Deleting_expired_documents_deletes_only_those_expired_by_then_and_counts_them()
    {
        using var storage = NewStorage(out var path);
        await Write(storage, "expired/earlier", "{}", null, In(TimeSpan.FromMinutes(1)));
        await Write(storage, "expired/just-now", "{}", null, In(TimeSpan.FromHours(1)));
        await Write(storage, "expires/later", "{}", null, In(TimeSpan.FromHours(2)));
        await Write(storage, "never/expires", "{}", null, null);

        Assert.Equal(2, await storage.DeleteExpiredAsync(clock.GetUtcNow() + TimeSpan.FromHours(1), None));

        Assert.Equal(["expires/later", "never/expires"], StoredRows.Read(path).Select(row => row.Key));
        Assert.Equal(0, await storage.DeleteExpiredAsync(clock.GetUtcNow() + TimeSpan.FromHours(1), None));
    }

    [Fact]
    public async Task Deleting_expired_documents_finds_them_through_the_partial_index()
    {
        using var storage = NewStorage(out var path);
        await Write(storage, Key, "{}", null, null);

        var steps = StoredRows.QueryPlan(path, "DELETE FROM bot_state WHERE expires_at <= 0");
        Assert.Contains(steps, step => step.Contains("bot_state_expiry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inserting_over_an_expired_document_replaces_it_and_starts_its_versions_over()
    {
        using var storage = NewStorage(out var path);
        var first = await Write(storage, Key, """{"by":"first"}""", null, In(TimeSpan.FromMinutes(30)));
        await Write(storage, Key, """{"by":"first, again"}""", first, In(TimeSpan.FromMinutes(30)));
        clock.Advance(TimeSpan.FromMinutes(30));

        var etag = await Write(storage, Key, """{"by":"second"}""", null, null);

        Assert.Equal("1", etag);
        Assert.Equal(new StoredDocument(Key, """{"by":"second"}""", etag), await storage.ReadAsync(Key, None));
        // The new document does not inherit the old expiry.
        Assert.Equal(0, await storage.DeleteExpiredAsync(clock.GetUtcNow() + TimeSpan.FromDays(365), None));
        Assert.Equal([new StoredRow(Key, """{"by":"second"}""", 1)], StoredRows.Read(path));
    }

    [Fact]
    public async Task Inserting_over_a_document_that_has_not_expired_yet_is_still_a_conflict()
    {
        using var storage = NewStorage(out _);
        var etag = await Write(storage, Key, """{"by":"first"}""", null, In(TimeSpan.FromMinutes(30)));

        await Assert.ThrowsAsync<StorageConflictException>(() => Write(storage, Key, """{"by":"second"}""", null, null));

        Assert.Equal(new StoredDocument(Key, """{"by":"first"}""", etag), await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Updating_or_deleting_an_expired_document_by_its_etag_is_a_conflict()
    {
        using var storage = NewStorage(out var path);
        var etag = await Write(storage, Key, """{"step":1}""", null, In(TimeSpan.FromMinutes(30)));
        clock.Advance(TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<StorageConflictException>(() => Write(storage, Key, """{"step":2}""", etag, null));
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.DeleteAsync(Key, etag, None));

        Assert.Equal([new StoredRow(Key, """{"step":1}""", 1)], StoredRows.Read(path));
        // Without an ETag a delete takes whatever is there, expired or not.
        await storage.DeleteAsync(Key, null, None);
        Assert.Empty(StoredRows.Read(path));
    }

    [Fact]
    public async Task An_update_sets_or_clears_the_expiry()
    {
        using var storage = NewStorage(out _);
        var kept = await Write(storage, "kept", "{}", null, In(TimeSpan.FromMinutes(5)));
        var dropped = await Write(storage, "dropped", "{}", null, null);

        await Write(storage, "kept", """{"v":2}""", kept, null);
        await Write(storage, "dropped", """{"v":2}""", dropped, In(TimeSpan.FromMinutes(5)));
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("""{"v":2}""", (await storage.ReadAsync("kept", None))?.Json);
        Assert.Null(await storage.ReadAsync("dropped", None));
        Assert.Equal(1, await storage.DeleteExpiredAsync(clock.GetUtcNow(), None));
    }

    [Fact]
    public async Task A_file_from_before_expiries_is_migrated_when_opened_and_keeps_its_documents()
    {
        var path = Path.Combine(folder.FullName, "old.db");
        CreateOldSchemaFile(path, Key, """{"step":3}""", version: 3);

        using (var storage = new SqliteStorage(path, clock))
        {
            Assert.Equal(new StoredDocument(Key, """{"step":3}""", "3"), await storage.ReadAsync(Key, None));
            var etag = await Write(storage, Key, """{"step":4}""", "3", In(TimeSpan.FromMinutes(1)));
            Assert.Equal("4", etag);
            await Write(storage, "another/key", "{}", null, null);
        }

        // Opening the migrated file again finds nothing left to do.
        using var reopened = new SqliteStorage(path, clock);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await reopened.ReadAsync(Key, None));
        Assert.Equal(1, await reopened.DeleteExpiredAsync(clock.GetUtcNow(), None));
        Assert.Equal(["another/key"], StoredRows.Read(path).Select(row => row.Key));
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

    [Fact]
    public async Task Listing_by_prefix_gives_the_unexpired_keys_under_it_and_none_of_a_longer_sibling()
    {
        using var storage = NewStorage(out _);
        await Write(storage, "user/msteams/u1/listed/conversation/msteams/b", "{}", null, null);
        await Write(storage, "user/msteams/u1/listed/conversation/msteams/a", "{}", null, In(TimeSpan.FromDays(1)));
        await Write(storage, "user/msteams/u1/listed/conversation/msteams/gone", "{}", null, In(TimeSpan.FromMinutes(1)));
        await Write(storage, "user/msteams/u1/case/1", "{}", null, null);
        await Write(storage, "user/msteams/u10/listed/conversation/msteams/c", "{}", null, null);
        await Write(storage, "user/msteams/u1/listed0", "{}", null, null);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(
            ["user/msteams/u1/listed/conversation/msteams/a", "user/msteams/u1/listed/conversation/msteams/b"],
            await storage.ListKeysAsync("user/msteams/u1/listed/", None));
        Assert.Equal(4, (await storage.ListKeysAsync("user/msteams/u1/", None)).Count);
        Assert.Empty(await storage.ListKeysAsync("user/slack/", None));
    }

    [Fact]
    public async Task A_document_just_written_is_read_back_from_memory_with_its_version_and_expiry()
    {
        using var storage = NewStorage(out var path);
        var etag = await Write(storage, Key, """{"step":1}""", null, In(TimeSpan.FromHours(1)));
        // Changed behind the storage's back (which a deployment never does: one bot per database file).
        using (var connection = StoredRows.Open(path, writable: true))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE bot_state SET document = '{\"step\":99}'";
            command.ExecuteNonQuery();
        }

        var read = await storage.ReadAsync(Key, None);
        Assert.Equal(("""{"step":1}""", etag), (read?.Json, read?.ETag));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task What_was_deleted_or_let_go_is_not_read_back_from_memory()
    {
        using var storage = NewStorage(out _);
        await Write(storage, "kept/until-deleted", "{}", null, null);
        await Write(storage, "expires/in-a-minute", "{}", null, In(TimeSpan.FromMinutes(1)));
        var etag = await Write(storage, "deleted/now", "{}", null, null);

        await storage.DeleteAsync("deleted/now", etag, None);
        await storage.DeleteExpiredAsync(In(TimeSpan.FromMinutes(1)), None);

        Assert.Null(await storage.ReadAsync("deleted/now", None));
        Assert.Null(await storage.ReadAsync("expires/in-a-minute", None));
        Assert.NotNull(await storage.ReadAsync("kept/until-deleted", None));
    }

    /// <summary>A database as the storage created it before documents could expire, with one document.</summary>
    private static void CreateOldSchemaFile(string path, string key, string json, long version)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE bot_state (
                key        TEXT    NOT NULL PRIMARY KEY,
                document   TEXT    NOT NULL,
                version    INTEGER NOT NULL,
                updated_at TEXT    NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO bot_state VALUES ($key, $document, $version, '2026-01-01T00:00:00.0000000+00:00');
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$document", json);
        command.Parameters.AddWithValue("$version", version);
        command.ExecuteNonQuery();
    }

    private DateTimeOffset In(TimeSpan span) => clock.GetUtcNow() + span;

    private static async Task<string> Write(SqliteStorage storage, string key, string json, string? etag, DateTimeOffset? expiresAt) =>
        (await storage.WriteAsync([new DocumentChange(key, json, etag, expiresAt)], None))[0]!;

    private SqliteStorage NewStorage(out string path)
    {
        path = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");
        return new SqliteStorage(path, clock);
    }
}
