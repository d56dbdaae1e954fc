using CoachBot.Conversations.State;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// <see cref="IStorage.ClaimDueAsync"/> as its doc comments state it, against every store: due documents
/// earliest first, leased to one claimer until the lease ends or the document is written.
/// </summary>
public sealed class StorageClaimContractTests
{
    private const string Nudges = "nudge/";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeClock clock = new();

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task Due_documents_of_the_prefix_are_claimed_earliest_first_up_to_the_limit(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var now = clock.GetUtcNow();
        await store.Storage.WriteAsync(
        [
            new("nudge/late", "{}", null, DueAt: now.AddMinutes(-1)),
            new("nudge/early", "{}", null, DueAt: now.AddHours(-2)),
            new("nudge/middle", "{}", null, DueAt: now.AddHours(-1)),
            new("nudge/future", "{}", null, DueAt: now.AddMinutes(1)),
            new("nudge/never", "{}", null),
            new("nudge/expired", "{}", null, ExpiresAt: now, DueAt: now.AddHours(-3)),
            new("reminder/other-prefix", "{}", null, DueAt: now.AddHours(-3)),
        ], None);

        var first = await store.Storage.ClaimDueAsync(Nudges, now, "dispatcher-a", Lease, 2, None);
        var rest = await store.Storage.ClaimDueAsync(Nudges, now, "dispatcher-a", Lease, 10, None);

        Assert.Equal(["nudge/early", "nudge/middle"], first.Select(document => document.Key));
        Assert.Equal(["nudge/late"], rest.Select(document => document.Key));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_leased_document_is_not_claimed_again_by_anyone_until_its_lease_ends(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        await store.Storage.WriteAsync([new("nudge/1", """{"n":1}""", null, DueAt: clock.GetUtcNow())], None);

        Assert.Single(await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-a", Lease, 10, None));
        Assert.Empty(await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-b", Lease, 10, None));
        Assert.Empty(await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-a", Lease, 10, None));
        clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-b", Lease, 10, None));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["nudge/1"], (await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-b", Lease, 10, None)).Select(document => document.Key));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_claim_changes_neither_json_nor_etag_so_the_claimers_write_checks_what_it_read(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var etag = (await store.Storage.WriteAsync([new("nudge/1", """{"n":1}""", null, DueAt: clock.GetUtcNow())], None))[0]!;

        var claimed = Assert.Single(await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-a", Lease, 10, None));

        Assert.Equal(new StoredDocument("nudge/1", """{"n":1}""", etag), claimed);
        Assert.Equal(claimed, await store.Storage.ReadAsync("nudge/1", None));
        await store.Storage.WriteAsync("nudge/1", """{"n":2}""", claimed.ETag, None);
        await Assert.ThrowsAsync<StorageConflictException>(() => store.Storage.WriteAsync("nudge/1", """{"n":3}""", claimed.ETag, None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_write_ends_the_lease_and_sets_the_due_time_anew(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var now = clock.GetUtcNow();
        var etags = await store.Storage.WriteAsync([new("nudge/again", "{}", null, DueAt: now), new("nudge/done", "{}", null, DueAt: now)], None);
        Assert.Equal(2, (await store.Storage.ClaimDueAsync(Nudges, now, "dispatcher-a", Lease, 10, None)).Count);

        // Rescheduled at once (still due), and delivered (no longer due): both while leased.
        await store.Storage.WriteAsync([new("nudge/again", """{"tries":2}""", etags[0], DueAt: now), new("nudge/done", """{"sent":true}""", etags[1])], None);

        var next = await store.Storage.ClaimDueAsync(Nudges, now, "dispatcher-b", Lease, 10, None);
        clock.Advance(TimeSpan.FromDays(30));
        var later = await store.Storage.ClaimDueAsync(Nudges, clock.GetUtcNow(), "dispatcher-b", Lease, 10, None);

        Assert.Equal([new StoredDocument("nudge/again", """{"tries":2}""", (await store.Storage.ReadAsync("nudge/again", None))!.ETag!)], next);
        // The delivered one never again; the rescheduled one once b's lease is over.
        Assert.Equal(["nudge/again"], later.Select(document => document.Key));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task A_write_with_the_same_due_time_ends_the_lease_too(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var storage = store.Storage;
        var etag = await Write(storage, "nudge/retry", """{"attempt":0}""", due: Now);
        Assert.Single(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));

        // The claimer wrote down a failed attempt and left the due time where it was: it is offered again at once.
        await storage.WriteAsync([new DocumentChange("nudge/retry", """{"attempt":1}""", etag, DueAt: Now)], None);

        var again = Assert.Single(await storage.ClaimDueAsync(Nudges, Now, "two", Lease, 10, None));
        Assert.Equal("""{"attempt":1}""", again.Json);
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task Expired_and_deleted_documents_are_never_claimed(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var storage = store.Storage;
        await storage.WriteAsync([new DocumentChange("nudge/expired", "{}", null, ExpiresAt: Now.AddMinutes(1), DueAt: Now)], None);
        var deleted = await Write(storage, "nudge/deleted", "{}", due: Now);
        await storage.DeleteAsync("nudge/deleted", deleted, None);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task An_insert_written_together_with_other_documents_carries_its_due_time(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var storage = store.Storage;
        await storage.WriteAsync(
        [
            new DocumentChange("case/1", """{"company":"x"}""", null),
            new DocumentChange("nudge/1", """{"case":"case/1"}""", null, DueAt: Now.AddHours(1)),
        ], None);

        Assert.Empty(await storage.ClaimDueAsync(Nudges, Now, "one", Lease, 10, None));
        Assert.Single(await storage.ClaimDueAsync(Nudges, Now.AddHours(1), "one", Lease, 10, None));
    }

    [Theory]
    [InlineData(StoreUnderTest.Memory)]
    [InlineData(StoreUnderTest.Sqlite)]
    [PostgresData(StoreUnderTest.Postgres)]
    public async Task Claimers_racing_over_many_due_documents_each_take_a_different_share_and_none_twice(string kind)
    {
        await using var store = StoreUnderTest.Open(kind, clock);
        var storage = store.Storage;
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

    private DateTimeOffset Now => clock.GetUtcNow();

    private static async Task<string> Write(IStorage storage, string key, string json, DateTimeOffset? due) =>
        (await storage.WriteAsync([new DocumentChange(key, json, null, DueAt: due)], None))[0]!;
}
