using CoachBot.Conversations.State;
using CoachBot.Tests;
using Microsoft.Data.Sqlite;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// The contract of <see cref="IStorage.ClaimDueAsync"/>, for any store: derive, and say how to open one on a
/// clock (the clock only tells expiry; every claim names its own time). <see cref="SqliteDueDocumentTests"/>
/// runs it against SQLite files.
/// </summary>
public abstract class DueDocumentTests : IDisposable
{
    protected static readonly CancellationToken None = CancellationToken.None;
    private const string Nudges = "nudge/";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected FakeClock Clock { get; } = new();

    private DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A new, empty store reading expiry on <see cref="Clock"/>; disposed by the test class when it is <see cref="IDisposable"/>.</summary>
    protected abstract IStorage NewStorage();

    [Fact]
    public async Task A_claim_returns_the_due_documents_under_the_prefix_earliest_first_and_at_most_the_limit()
    {
        var storage = Open();
        await Write(storage, "nudge/c", """{"n":"c"}""", due: Now.AddMinutes(-1));
        await Write(storage, "nudge/a", """{"n":"a"}""", due: Now.AddMinutes(-10));
        await Write(storage, "nudge/b", """{"n":"b"}""", due: Now);
        await Write(storage, "nudge/later", "{}", due: Now.AddMilliseconds(1));
        await Write(storage, "nudge/never", "{}", due: null);
        await Write(storage, "other/due", "{}", due: Now.AddDays(-1));
        await Write(storage, "nudge0/sibling", "{}", due: Now.AddDays(-1));

        var first = await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 2, None);
        var rest = await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None);

        Assert.Equal(["nudge/a", "nudge/c"], first.Select(document => document.Key));
        Assert.Equal("""{"n":"a"}""", first[0].Json);
        Assert.Equal(["nudge/b"], rest.Select(document => document.Key));
    }

    [Fact]
    public async Task A_claimed_document_is_not_claimed_again_by_anyone_until_its_lease_ends()
    {
        var storage = Open();
        await Write(storage, "nudge/1", "{}", due: Now);

        Assert.Single(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));
        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now, "two", Lease, 10, None));
        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now + Lease - TimeSpan.FromMilliseconds(1), "two", Lease, 10, None));

        // The first claimer crashed: once its lease is over, another takes the document.
        var retaken = await storage.ClaimDueAsync(Nudges, Now + Lease, "two", Lease, 10, None);
        Assert.Equal(["nudge/1"], retaken.Select(document => document.Key));
    }

    [Fact]
    public async Task A_claim_changes_neither_the_document_nor_its_etag_so_the_claimers_write_still_checks_what_it_read()
    {
        var storage = Open();
        var etag = await Write(storage, "nudge/1", """{"sent":false}""", due: Now);

        var claimed = Assert.Single(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));

        Assert.Equal(new StoredDocument("nudge/1", """{"sent":false}""", etag), claimed);
        Assert.Equal(claimed, await storage.ReadAsync("nudge/1", None));
        await storage.WriteAsync([new DocumentChange("nudge/1", """{"sent":true}""", claimed.ETag)], None);
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync([new DocumentChange("nudge/1", """{"sent":"twice"}""", claimed.ETag)], None));
    }

    [Fact]
    public async Task A_write_sets_the_due_time_anew_and_ends_the_lease()
    {
        var storage = Open();
        var etag = await Write(storage, "nudge/snoozed", "{}", due: Now);
        var done = await Write(storage, "nudge/done", "{}", due: Now);
        Assert.Equal(2, (await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None)).Count);

        // Snoozed for a day, and the other one sent: written without a due time.
        await storage.WriteAsync([new DocumentChange("nudge/snoozed", """{"snoozed":1}""", etag, DueAt: Now.AddDays(1))], None);
        await storage.WriteAsync([new DocumentChange("nudge/done", """{"sent":true}""", done)], None);

        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now.AddDays(1).AddMilliseconds(-1), "two", Lease, 10, None));
        var again = Assert.Single(await storage.ClaimDueAsync(Nudges, Now.AddDays(1), "two", Lease, 10, None));
        Assert.Equal(("nudge/snoozed", """{"snoozed":1}"""), (again.Key, again.Json));
    }

    [Fact]
    public async Task A_write_with_the_same_due_time_ends_the_lease_too()
    {
        var storage = Open();
        var etag = await Write(storage, "nudge/retry", """{"attempt":0}""", due: Now);
        Assert.Single(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));

        // The claimer wrote down a failed attempt and left the due time where it was: it is offered again at once.
        await storage.WriteAsync([new DocumentChange("nudge/retry", """{"attempt":1}""", etag, DueAt: Now)], None);

        var again = Assert.Single(await storage.ClaimDueAsync(Nudges, Now, "two", Lease, 10, None));
        Assert.Equal("""{"attempt":1}""", again.Json);
    }

    [Fact]
    public async Task Expired_and_deleted_documents_are_never_claimed()
    {
        var storage = Open();
        await storage.WriteAsync([new DocumentChange("nudge/expired", "{}", null, ExpiresAt: Now.AddMinutes(1), DueAt: Now)], None);
        var deleted = await Write(storage, "nudge/deleted", "{}", due: Now);
        await storage.DeleteAsync("nudge/deleted", deleted, None);
        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));
    }

    [Fact]
    public async Task An_insert_written_together_with_other_documents_carries_its_due_time()
    {
        var storage = Open();
        await storage.WriteAsync(
        [
            new DocumentChange("case/1", """{"company":"x"}""", null),
            new DocumentChange("nudge/1", """{"case":"case/1"}""", null, DueAt: Now.AddHours(1)),
        ], None);

        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));
        Assert.Single(await storage.ClaimDueAsync(Nudges, Now.AddHours(1), "one", Lease, 10, None));
    }

    [Fact]
    public async Task Claimers_racing_over_many_due_documents_each_take_a_different_share_and_none_twice()
    {
        var storage = Open();
        const int Count = 400;
        for (var i = 0; i < Count; i += 50)
        {
            await storage.WriteAsync([.. Enumerable.Range(i, 50).Select(n => new DocumentChange($"nudge/{n:D4}", "{}", null, DueAt: Now.AddSeconds(-n)))], None);
        }

        async Task<List<string>> ClaimAll(string owner)
        {
            var taken = new List<string>();
            while ((await storage.ClaimDueAsync(Nudges, Now, owner, Lease, 7, None)) is { Count: > 0 } batch)
            {
                taken.AddRange(batch.Select(document => document.Key));
                await Task.Yield();
            }

            return taken;
        }

        var shares = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => Task.Run(() => ClaimAll($"dispatcher-{n}"))));

        var all = shares.SelectMany(share => share).ToList();
        Assert.Equal(Count, all.Count);
        Assert.Equal(Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose()
    {
        foreach (var store in opened.OfType<IDisposable>())
        {
            store.Dispose();
        }

        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private readonly List<IStorage> opened = [];

    private IStorage Open()
    {
        var storage = NewStorage();
        opened.Add(storage);
        return storage;
    }

    private static async Task<string> Write(IStorage storage, string key, string json, DateTimeOffset? due) =>
        (await storage.WriteAsync([new DocumentChange(key, json, null, DueAt: due)], None))[0]!;
}

/// <summary><see cref="DueDocumentTests"/> on SQLite files, and what only a file has: its index and its upgrade.</summary>
public sealed class SqliteDueDocumentTests : DueDocumentTests
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coachbot-due-");

    protected override IStorage NewStorage() => new SqliteStorage(Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.db"), Clock);

    [Fact]
    public async Task A_claim_finds_due_documents_through_the_partial_due_index()
    {
        var path = Path.Combine(folder.FullName, "plan.db");
        using (var storage = new SqliteStorage(path, Clock))
        {
            await storage.WriteAsync([new DocumentChange("nudge/1", "{}", null, DueAt: Clock.GetUtcNow())], None);
        }

        using var connection = StoredRows.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT key FROM bot_state WHERE due_at <= 0 AND key >= 'nudge/' AND key < 'nudge0' ORDER BY due_at, key LIMIT 10";
        using var plan = command.ExecuteReader();
        var steps = new List<string>();
        while (plan.Read())
        {
            steps.Add(plan.GetString(3));
        }

        Assert.Contains(steps, step => step.Contains("bot_state_due", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_from_before_due_times_is_upgraded_when_opened_and_its_documents_are_never_due()
    {
        var path = Path.Combine(folder.FullName, "old.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE bot_state (
                    key        TEXT    NOT NULL PRIMARY KEY,
                    document   TEXT    NOT NULL,
                    version    INTEGER NOT NULL,
                    updated_at TEXT    NOT NULL,
                    expires_at INTEGER
                ) WITHOUT ROWID;
                INSERT INTO bot_state VALUES ('nudge/old', '{"old":true}', 4, '2026-01-01T00:00:00.0000000+00:00', NULL);
                """;
            command.ExecuteNonQuery();
        }

        using (var storage = new SqliteStorage(path, Clock))
        {
            Assert.Empty(await storage.ClaimDueAsync("nudge/", Clock.GetUtcNow(), "one", TimeSpan.FromMinutes(1), 10, None));
            await storage.WriteAsync([new DocumentChange("nudge/old", """{"old":false}""", "4", DueAt: Clock.GetUtcNow())], None);
        }

        // Opened again: nothing left to upgrade, and the due time written survived.
        using var reopened = new SqliteStorage(path, Clock);
        var claimed = Assert.Single(await reopened.ClaimDueAsync("nudge/", Clock.GetUtcNow(), "one", TimeSpan.FromMinutes(1), 10, None));
        Assert.Equal(new StoredDocument("nudge/old", """{"old":false}""", "5"), claimed);
    }

    protected override void Dispose(bool disposing)
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
}
