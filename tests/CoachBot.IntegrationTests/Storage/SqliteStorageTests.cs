using System.Runtime.Versioning;
using CoachBot.Conversations.State;
using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// <see cref="SqliteStorage"/> on real SQLite files in a temp folder: the optimistic-concurrency
/// contract of <see cref="IStorage"/>, durability, and writers racing each other.
/// </summary>
public sealed class SqliteStorageTests : IDisposable
{
    private const string Key = "conversation/msteams/a:1abc";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-storage-");

    [Fact]
    public async Task A_document_round_trips_with_the_etag_of_its_write()
    {
        using var storage = NewStorage(out _);

        var etag = await storage.WriteAsync(Key, """{"step":1}""", null, None);
        var stored = await storage.ReadAsync(Key, None);

        Assert.NotNull(stored);
        Assert.Equal(Key, stored.Key);
        Assert.Equal("""{"step":1}""", stored.Json);
        Assert.Equal(etag, stored.ETag);
    }

    [Fact]
    public async Task Reading_a_key_that_was_never_written_returns_null()
    {
        using var storage = NewStorage(out _);
        await storage.WriteAsync("some/other/key", "{}", null, None);

        Assert.Null(await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Inserting_a_key_that_already_exists_is_a_conflict_and_keeps_the_first_document()
    {
        using var storage = NewStorage(out _);
        var etag = await storage.WriteAsync(Key, """{"by":"first"}""", null, None);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Key, """{"by":"second"}""", null, None));

        Assert.Equal(Key, conflict.Key);
        Assert.Equal(new StoredDocument(Key, """{"by":"first"}""", etag), await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Updating_with_the_current_etag_stores_the_document_under_a_new_etag()
    {
        using var storage = NewStorage(out _);
        var first = await storage.WriteAsync(Key, """{"step":1}""", null, None);

        var second = await storage.WriteAsync(Key, """{"step":2}""", first, None);
        var third = await storage.WriteAsync(Key, """{"step":3}""", second, None);

        Assert.Equal(3, new HashSet<string> { first, second, third }.Count);
        Assert.Equal(new StoredDocument(Key, """{"step":3}""", third), await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_is_a_conflict_and_leaves_the_stored_document_unchanged()
    {
        using var storage = NewStorage(out _);
        var stale = await storage.WriteAsync(Key, """{"step":1}""", null, None);
        var current = await storage.WriteAsync(Key, """{"step":2}""", stale, None);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Key, """{"step":"lost update"}""", stale, None));

        Assert.Equal(new StoredDocument(Key, """{"step":2}""", current), await storage.ReadAsync(Key, None));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("not-an-etag")]
    public async Task Updating_a_document_that_does_not_exist_is_a_conflict(string etag)
    {
        using var storage = NewStorage(out _);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(Key, "{}", etag, None));

        Assert.Null(await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Deleting_with_the_current_etag_removes_the_document_and_the_key_can_be_inserted_again()
    {
        using var storage = NewStorage(out _);
        var first = await storage.WriteAsync(Key, """{"step":1}""", null, None);
        var current = await storage.WriteAsync(Key, """{"step":2}""", first, None);

        await storage.DeleteAsync(Key, current, None);

        Assert.Null(await storage.ReadAsync(Key, None));
        var fresh = await storage.WriteAsync(Key, """{"step":"again"}""", null, None);
        Assert.Equal("""{"step":"again"}""", (await storage.ReadAsync(Key, None))?.Json);
        Assert.Equal(fresh, (await storage.ReadAsync(Key, None))?.ETag);
    }

    [Fact]
    public async Task Deleting_with_a_stale_etag_is_a_conflict_and_keeps_the_document()
    {
        using var storage = NewStorage(out _);
        var stale = await storage.WriteAsync(Key, """{"step":1}""", null, None);
        var current = await storage.WriteAsync(Key, """{"step":2}""", stale, None);

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.DeleteAsync(Key, stale, None));

        Assert.Equal(new StoredDocument(Key, """{"step":2}""", current), await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Deleting_without_an_etag_removes_whatever_is_stored_and_is_harmless_when_nothing_is()
    {
        using var storage = NewStorage(out _);
        var first = await storage.WriteAsync(Key, """{"step":1}""", null, None);
        await storage.WriteAsync(Key, """{"step":2}""", first, None);
        await storage.WriteAsync("another/key", "{}", null, None);

        await storage.DeleteAsync(Key, null, None);
        await storage.DeleteAsync("never/written", null, None);

        Assert.Null(await storage.ReadAsync(Key, None));
        Assert.NotNull(await storage.ReadAsync("another/key", None));
    }

    [Fact]
    public async Task A_set_of_changes_with_one_stale_etag_writes_nothing_of_the_set()
    {
        using var storage = NewStorage(out _);
        var profile = await storage.WriteAsync("user/1", "{\"v\":1}", null, None);
        var stale = await storage.WriteAsync("conversation/1", "{\"v\":1}", null, None);
        await storage.WriteAsync("conversation/1", "{\"v\":2}", stale, None);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(
            [new DocumentChange("user/1/case/a", "{}", null), new DocumentChange("user/1", "{\"v\":2}", profile), new DocumentChange("conversation/1", "{\"v\":3}", stale)],
            None));

        Assert.Equal("conversation/1", conflict.Key);
        Assert.Null(await storage.ReadAsync("user/1/case/a", None));
        Assert.Equal("{\"v\":1}", (await storage.ReadAsync("user/1", None))!.Json);
        Assert.Equal("{\"v\":2}", (await storage.ReadAsync("conversation/1", None))!.Json);
    }

    [Fact]
    public async Task Sets_committed_together_succeed_or_fail_each_on_their_own()
    {
        using var storage = NewStorage(out _);
        var etag = await storage.WriteAsync("shared", "{}", null, None);

        // Queued at once, these most likely share one commit; either way each set stands alone.
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await storage.WriteAsync([new DocumentChange($"own/{i}", "{}", null), new DocumentChange("shared", $"{{\"by\":{i}}}", etag)], None);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        var winner = Assert.Single(Enumerable.Range(0, 20), i => results[i]);
        Assert.Equal($"{{\"by\":{winner}}}", (await storage.ReadAsync("shared", None))!.Json);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(i == winner, await storage.ReadAsync($"own/{i}", None) is not null);
        }
    }

    [Fact]
    public async Task The_database_file_is_in_WAL_mode()
    {
        using var storage = NewStorage(out var path);
        await storage.WriteAsync(Key, "{}", null, None);

        using var connection = StoredRows.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task The_WAL_starts_over_once_it_has_grown_past_its_limit_even_when_checkpoints_never_catch_up()
    {
        // Checkpoints only when the test says, so none falls into a pause between two writes; and a WAL
        // of 500 frames counts as grown.
        const int limit = 500;
        var path = NewPath();
        using var storage = new SqliteStorage(path, TimeProvider.System, Timeout.InfiniteTimeSpan, limit);
        string? etag = null;
        // Each of these commits adds at least one frame.
        for (var i = 0; i < limit + 100; i++)
        {
            etag = await storage.WriteAsync(Key, $$"""{"step":{{i}}}""", etag, None);
        }

        // Under load a checkpoint always finds newer frames than some reader has seen; one reader held
        // open over a commit stands in for that, so this pass cannot copy the whole WAL back.
        using (var reader = StoredRows.Open(path))
        using (var snapshot = reader.BeginTransaction())
        {
            Assert.Equal(1L, Scalar(reader, snapshot, "SELECT count(*) FROM bot_state"));
            etag = await storage.WriteAsync(Key, """{"step":"beyond the reader"}""", etag, None);
            Assert.InRange(storage.Checkpoint(), limit, long.MaxValue);
        }

        // The writer finishes the checkpoint after its next commit; the one after that starts the WAL over.
        etag = await storage.WriteAsync(Key, """{"step":"after the pass"}""", etag, None);
        etag = await storage.WriteAsync(Key, """{"step":"at the start of the WAL"}""", etag, None);

        Assert.InRange(storage.Checkpoint(), 1, 16);
        Assert.Equal(new StoredDocument(Key, """{"step":"at the start of the WAL"}""", etag), await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Documents_survive_disposing_and_reopening_the_storage()
    {
        var path = NewPath();
        string etag;
        using (var storage = new SqliteStorage(path))
        {
            var first = await storage.WriteAsync(Key, """{"step":1}""", null, None);
            etag = await storage.WriteAsync(Key, """{"step":2}""", first, None);
        }

        // In the file itself, not only in a connection the pool kept open.
        Assert.Equal([new StoredRow(Key, """{"step":2}""", 2)], StoredRows.Read(path));

        using var reopened = new SqliteStorage(path);
        Assert.Equal(new StoredDocument(Key, """{"step":2}""", etag), await reopened.ReadAsync(Key, None));
        var next = await reopened.WriteAsync(Key, """{"step":3}""", etag, None);
        Assert.NotEqual(etag, next);
    }

    [Fact]
    public async Task Concurrent_writers_to_different_keys_all_succeed()
    {
        using var storage = NewStorage(out _);
        var keys = Enumerable.Range(0, 64).Select(i => $"user/msteams/user-{i}").ToList();

        var outcomes = await RaceAsync(keys.Select(key => (Func<Task<string?>>)(() => TryWriteAsync(storage, key, $$"""{"owner":"{{key}}"}""", null))));

        Assert.All(outcomes, etag => Assert.NotNull(etag));
        foreach (var key in keys)
        {
            Assert.Equal($$"""{"owner":"{{key}}"}""", (await storage.ReadAsync(key, None))?.Json);
        }
    }

    [Fact]
    public async Task Concurrent_writers_to_the_same_key_with_the_same_etag_exactly_one_wins()
    {
        using var storage = NewStorage(out _);
        var read = await storage.WriteAsync(Key, """{"writer":"none"}""", null, None);

        var outcomes = await RaceAsync(Enumerable.Range(0, 32).Select(i => (Func<Task<string?>>)(() => TryWriteAsync(storage, Key, $$"""{"writer":{{i}}}""", read))));

        var winner = Assert.Single(outcomes.Select((etag, writer) => (etag, writer)), outcome => outcome.etag is not null);
        Assert.Equal(new StoredDocument(Key, $$"""{"writer":{{winner.writer}}}""", winner.etag!), await storage.ReadAsync(Key, None));
    }

    [Fact]
    public async Task Concurrent_inserts_of_the_same_new_key_exactly_one_wins()
    {
        using var storage = NewStorage(out _);

        var outcomes = await RaceAsync(Enumerable.Range(0, 32).Select(i => (Func<Task<string?>>)(() => TryWriteAsync(storage, Key, $$"""{"writer":{{i}}}""", null))));

        var winner = Assert.Single(outcomes.Select((etag, writer) => (etag, writer)), outcome => outcome.etag is not null);
        Assert.Equal($$"""{"writer":{{winner.writer}}}""", (await storage.ReadAsync(Key, None))?.Json);
    }

    [Fact]
    public async Task The_folder_of_the_database_is_created_when_missing()
    {
        var path = Path.Combine(folder.FullName, "not", "there", "yet", "coachbot.db");

        using var storage = new SqliteStorage(path);
        await storage.WriteAsync(Key, "{}", null, None);

        Assert.True(File.Exists(path));
        Assert.Equal("{}", (await storage.ReadAsync(Key, None))?.Json);
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_folders_it_creates_and_the_database_files_are_for_their_owner_only()
    {
        var created = Path.Combine(folder.FullName, "private");
        var path = Path.Combine(created, "state", "coachbot.db");

        using var storage = new SqliteStorage(path);
        await storage.WriteAsync(Key, "{}", null, None);

        const UnixFileMode ownerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(created));
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void A_folder_the_operator_created_keeps_the_mode_they_gave_it()
    {
        const UnixFileMode shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        var existing = Path.Combine(folder.FullName, "operator");
        Directory.CreateDirectory(existing);
        File.SetUnixFileMode(existing, shared);

        using (new SqliteStorage(Path.Combine(existing, "coachbot.db")))
        {
        }

        Assert.Equal(shared, File.GetUnixFileMode(existing));
    }

    [Fact]
    public async Task Unicode_keys_and_large_unicode_documents_survive_a_round_trip()
    {
        using var storage = NewStorage(out var path);
        const string key = "user/msteams/Zoë-李雷-محمد-😀";
        // Accents, CJK, right-to-left, a combining mark, emoji with ZWJ and skin tone, a supplementary-plane
        // letter, and JSON escapes; about 1.5 million characters in all.
        var piece = "Zoë 李雷 محمد e\u0301 👩🏽‍💻 𝔘 " + """\"quoted\" \\ """;
        var json = $$"""{"text":"{{string.Concat(Enumerable.Repeat(piece, 50_000))}}"}""";
        var etag = await storage.WriteAsync(key, json, null, None);

        Assert.Equal(new StoredDocument(key, json, etag), await storage.ReadAsync(key, None));
        Assert.Equal(json, Assert.Single(StoredRows.Read(path)).Document);
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

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private string NewPath() => Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");

    private SqliteStorage NewStorage(out string path)
    {
        path = NewPath();
        return new SqliteStorage(path);
    }

    /// <summary>Starts every writer at once, on the thread pool, and waits for all of them.</summary>
    private static async Task<string?[]> RaceAsync(IEnumerable<Func<Task<string?>>> writers)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = writers.Select(writer => Task.Run(async () =>
        {
            await start.Task;
            return await writer();
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(running);
    }

    /// <returns>The new ETag, or null when the write lost to another one.</returns>
    private static async Task<string?> TryWriteAsync(IStorage storage, string key, string json, string? etag)
    {
        try
        {
            return await storage.WriteAsync(key, json, etag, None);
        }
        catch (StorageConflictException)
        {
            return null;
        }
    }
}
