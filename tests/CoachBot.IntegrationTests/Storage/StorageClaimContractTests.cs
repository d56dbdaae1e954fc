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
}
