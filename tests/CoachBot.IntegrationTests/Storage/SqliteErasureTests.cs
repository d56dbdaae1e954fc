using System.Text;
using CoachBot.Conversations.State;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// What an erased document leaves in <see cref="SqliteStorage"/>'s files: after a purge, nothing of it
/// can be found in the raw bytes of the database file or its WAL, whatever SQLite's own view says.
/// </summary>
public sealed class SqliteErasureTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-erasure-");
    private readonly FakeClock clock = new();

    // A few hundred bytes fit in a b-tree cell; 20,000 spill over into a chain of overflow pages.
    [Theory]
    [InlineData(300)]
    [InlineData(20_000)]
    public async Task A_deleted_and_purged_document_leaves_no_trace_in_the_files(int size)
    {
        using var storage = NewStorage(out var path);
        var (userId, marker) = (Unique("user"), Unique("marker"));
        var key = $"user/msteams/{userId}";
        await storage.WriteAsync("user/msteams/someone-else", Document("kept", 300), null, None);
        var etag = await storage.WriteAsync(key, Document(marker, size), null, None);
        for (var i = 0; i < 3; i++)
        {
            etag = await storage.WriteAsync(key, Document($"{marker} {i}", size + (i * 50)), etag, None);
        }

        // The search can see the marker while it is there to see.
        Assert.True(FoundInFiles(path, marker));
        await storage.DeleteAsync(key, etag, None);
        await storage.PurgeAsync(None);

        Assert.False(FoundInFiles(path, marker), "The document's content is still in the files.");
        Assert.False(FoundInFiles(path, userId), "The document's key is still in the files.");
        Assert.NotNull(await storage.ReadAsync("user/msteams/someone-else", None));
    }

    [Fact]
    public async Task An_expired_document_deleted_and_purged_leaves_no_trace_in_the_files()
    {
        using var storage = NewStorage(out var path);
        var (userId, marker) = (Unique("user"), Unique("marker"));
        await storage.WriteAsync([new DocumentChange($"user/msteams/{userId}", Document(marker, 300), null, clock.GetUtcNow().AddDays(30))], None);
        await storage.WriteAsync("user/msteams/someone-else", Document("kept", 300), null, None);
        clock.Advance(TimeSpan.FromDays(30));

        Assert.Equal(1, await storage.DeleteExpiredAsync(clock.GetUtcNow(), None));
        await storage.PurgeAsync(None);

        Assert.False(FoundInFiles(path, marker), "The document's content is still in the files.");
        Assert.False(FoundInFiles(path, userId), "The document's key is still in the files.");
    }

    /// <summary>
    /// In a WITHOUT ROWID table whole rows serve as dividers in the interior pages of the b-tree, and
    /// rebalancing moves rows between pages. With enough rows for several levels, none of the deleted
    /// users' keys or documents may survive anywhere in the file.
    /// </summary>
    [Fact]
    public async Task Deleted_documents_leave_no_trace_among_thousands_of_others_in_a_deep_b_tree()
    {
        using var storage = NewStorage(out var path);
        var users = Enumerable.Range(0, 3000).Select(i => $"{i:D5}-{Unique("user")}").ToList();
        var etags = new Dictionary<string, string>();
        foreach (var chunk in users.Chunk(100))
        {
            var written = await storage.WriteAsync(chunk.Select(user => new DocumentChange($"user/msteams/{user}", Document($"note-of-{user}", 300), null)).ToList(), None);
            chunk.Zip(written).ToList().ForEach(pair => etags[pair.First] = pair.Second!);
        }

        // Every 30th user asks to be forgotten; the others update, so pages split and merge meanwhile.
        var erased = users.Where((_, i) => i % 30 == 7).ToList();
        foreach (var user in users.Except(erased).Where((_, i) => i % 3 == 0))
        {
            await storage.WriteAsync($"user/msteams/{user}", Document($"note-of-{user} updated", 600), etags[user], None);
        }

        await storage.WriteAsync(erased.Select(user => new DocumentChange($"user/msteams/{user}", null, null)).ToList(), None);
        await storage.PurgeAsync(None);

        var bytes = DatabaseFiles.Read(path);
        var surviving = erased.Where(user => DatabaseFiles.Contain(bytes, user)).ToList();
        Assert.True(surviving.Count == 0, $"{surviving.Count} of {erased.Count} erased users are still in the files, e.g. {surviving.FirstOrDefault()}.");
        Assert.Equal(users.Count - erased.Count, StoredRows.Read(path).Count);
    }

    [Fact]
    public async Task A_purge_that_a_reader_keeps_from_emptying_the_WAL_fails_and_the_next_one_succeeds()
    {
        using var storage = NewStorage(out var path);
        var marker = Unique("marker");
        await storage.WriteAsync("first", "{}", null, None);

        using (var reader = StoredRows.Open(path))
        using (var snapshot = reader.BeginTransaction())
        {
            using var command = reader.CreateCommand();
            command.Transaction = snapshot;
            command.CommandText = "SELECT count(*) FROM bot_state";
            command.ExecuteScalar();
            await storage.WriteAsync("gone", Document(marker, 300), null, None);
            await storage.DeleteAsync("gone", null, None);

            // Waits out the busy timeout (5 s) for the reader, then says it could not finish.
            await Assert.ThrowsAsync<TimeoutException>(() => storage.PurgeAsync(None));
        }

        await storage.PurgeAsync(None);
        Assert.False(FoundInFiles(path, marker));
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

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A JSON document about <paramref name="size"/> characters long that mentions <paramref name="text"/> once.</summary>
    private static string Document(string text, int size) => $$"""{"note":"{{text}}","padding":"{{new string('x', Math.Max(0, size - text.Length))}}"}""";

    private static bool FoundInFiles(string databasePath, string text) => DatabaseFiles.Contain(databasePath, text);

    // No background checkpoints: only the purge under test may fold the WAL into the database file.
    private SqliteStorage NewStorage(out string path)
    {
        path = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db");
        return new SqliteStorage(path, clock, Timeout.InfiniteTimeSpan, int.MaxValue);
    }
}
