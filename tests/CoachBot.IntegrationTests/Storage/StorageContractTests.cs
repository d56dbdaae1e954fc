using CoachBot.Conversations.State;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// The contract of <see cref="IStorage"/>, as its doc comments state it, run against every store: the
/// unit tests' in-memory store, SQLite and PostgreSQL. A store that passes these can stand in for another.
/// </summary>
public sealed class StorageContractTests
{
    private const string Key = "conversation/msteams/a:1abc";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeClock clock = new();

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_document_round_trips_with_the_etag_of_its_write_and_a_missing_key_reads_as_null(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);

        var etag = await store.Storage.WriteAsync(Key, """{"step":1}""", null, None);

        Assert.Equal(new StoredDocument(Key, """{"step":1}""", etag), await store.Storage.ReadAsync(Key, None));
        Assert.Null(await store.Storage.ReadAsync("conversation/msteams/a:1other", None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task Each_update_with_the_current_etag_gets_a_new_etag_and_a_stale_or_foreign_etag_is_a_conflict(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var first = await store.Storage.WriteAsync(Key, """{"step":1}""", null, None);
        var second = await store.Storage.WriteAsync(Key, """{"step":2}""", first, None);

        var stale = await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync(Key, """{"step":"lost"}""", first, None));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync(Key, """{"step":"lost"}""", "not-an-etag", None));
        await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync(Key, """{"step":"lost"}""", null, None));

        Assert.Equal(Key, stale.Key);
        Assert.NotEqual(first, second);
        Assert.Equal(new StoredDocument(Key, """{"step":2}""", second), await store.Storage.ReadAsync(Key, None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_set_of_changes_is_written_all_or_none_and_returns_the_new_etags_in_order(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var user = await store.Storage.WriteAsync("user/a", """{"n":1}""", null, None);
        var gone = await store.Storage.WriteAsync("user/gone", "{}", null, None);
        var stale = await store.Storage.WriteAsync("user/b", "{}", null, None);
        await store.Storage.WriteAsync("user/b", """{"n":2}""", stale, None);

        // The last change is stale: neither the new document nor the update nor the delete may be stored.
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync(
            [new("conversation/new", """{"n":1}""", null), new("user/a", """{"n":2}""", user), new("user/gone", null, gone), new("user/b", """{"n":3}""", stale)], None));

        Assert.Equal("user/b", conflict.Key);
        Assert.Null(await store.Storage.ReadAsync("conversation/new", None));
        Assert.Equal("""{"n":1}""", (await store.Storage.ReadAsync("user/a", None))?.Json);
        Assert.NotNull(await store.Storage.ReadAsync("user/gone", None));

        var etags = await store.Storage.WriteAsync(
            [new("conversation/new", """{"n":1}""", null), new("user/gone", null, gone), new("user/a", """{"n":2}""", user), new("user/never", null, null)], None);

        Assert.Equal(4, etags.Count);
        Assert.Equal((await store.Storage.ReadAsync("conversation/new", None))?.ETag, etags[0]);
        Assert.Null(etags[1]);
        Assert.Equal((await store.Storage.ReadAsync("user/a", None))?.ETag, etags[2]);
        Assert.Null(etags[3]);
        Assert.Null(await store.Storage.ReadAsync("user/gone", None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_delete_with_a_stale_etag_is_a_conflict_and_without_one_deletes_whatever_is_there(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var first = await store.Storage.WriteAsync(Key, "{}", null, None);
        await store.Storage.WriteAsync(Key, """{"n":2}""", first, None);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.DeleteAsync(Key, first, None));
        Assert.NotNull(await store.Storage.ReadAsync(Key, None));

        await store.Storage.DeleteAsync(Key, null, None);
        await store.Storage.DeleteAsync(Key, null, None);

        Assert.Null(await store.Storage.ReadAsync(Key, None));
        // Gone means gone: it may be written afresh.
        await store.Storage.WriteAsync(Key, """{"again":true}""", null, None);
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task Writers_racing_from_the_same_etag_leave_exactly_one_winner(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var read = await store.Storage.WriteAsync(Key, """{"n":0}""", null, None);

        var attempts = await Task.WhenAll(Enumerable.Range(1, 8).Select(async n =>
        {
            try
            {
                await store.Storage.WriteAsync(Key, $$"""{"n":{{n}}}""", read, None);
                return n;
            }
            catch (StorageConflictException)
            {
                return 0;
            }
        }));

        var winner = Assert.Single(attempts, n => n != 0);
        Assert.Equal($$"""{"n":{{winner}}}""", (await store.Storage.ReadAsync(Key, None))?.Json);
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task Keys_are_listed_by_prefix_in_ordinal_order_with_like_patterns_taken_literally(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        foreach (var key in new[] { "user/b", "user/a_1", "user/a%", "user/aZ", "user0", "users/x", "conversation/x" })
        {
            await store.Storage.WriteAsync(key, "{}", null, None);
        }

        Assert.Equal(["user/a%", "user/aZ", "user/a_1", "user/b"], await store.Storage.ListKeysAsync("user/", None));
        Assert.Equal(["user/a_1"], await store.Storage.ListKeysAsync("user/a_", None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task An_expired_document_reads_as_absent_is_not_listed_may_be_written_afresh_and_is_deleted_by_the_sweep(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var expires = clock.GetUtcNow().AddHours(1);
        await store.Storage.WriteAsync([new("user/expiring", """{"old":true}""", null, expires), new("user/kept", "{}", null)], None);
        Assert.NotNull(await store.Storage.ReadAsync("user/expiring", None));

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(await store.Storage.ReadAsync("user/expiring", None));
        Assert.Equal(["user/kept"], await store.Storage.ListKeysAsync("user/", None));
        Assert.Equal(1, await store.Storage.DeleteExpiredAsync(clock.GetUtcNow(), None));
        Assert.Equal(0, await store.Storage.DeleteExpiredAsync(clock.GetUtcNow(), None));
        await store.Storage.WriteAsync("user/expiring", """{"new":true}""", null, None);
        Assert.Equal("""{"new":true}""", (await store.Storage.ReadAsync("user/expiring", None))?.Json);
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_document_not_yet_expired_cannot_be_overwritten_as_new_but_one_expired_before_the_sweep_can(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        await store.Storage.WriteAsync([new(Key, """{"n":1}""", null, clock.GetUtcNow().AddMinutes(5))], None);

        await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync(Key, """{"n":2}""", null, None));
        clock.Advance(TimeSpan.FromMinutes(5));
        var etag = await store.Storage.WriteAsync(Key, """{"n":3}""", null, None);

        Assert.Equal(new StoredDocument(Key, """{"n":3}""", etag), await store.Storage.ReadAsync(Key, None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task What_was_deleted_and_purged_stays_gone_and_the_probe_writes(string kind)
    {
        // On PostgreSQL a database of its own, whose purge waits for no other test's snapshots (see TestPostgres).
        await using var store = kind == StoreUnderTest.Postgres ? StoreUnderTest.OpenPostgres(TestPostgres.NewDatabase(), clock) : StoreUnderTest.Open(kind, clock);
        await store.Storage.WriteAsync(Key, """{"secret":"Quokkasoft"}""", null, None);
        await store.Storage.DeleteAsync(Key, null, None);

        await store.Storage.PurgeAsync(None);
        await store.Storage.ProbeAsync(None);

        Assert.Null(await store.Storage.ReadAsync(Key, None));
        Assert.Empty(await store.Storage.ListKeysAsync("conversation/", None));
    }
}
