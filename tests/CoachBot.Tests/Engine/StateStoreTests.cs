using CoachBot.Conversations.State;
using CoachBot.Tests.Infrastructure;

namespace CoachBot.Tests.Engine;

public sealed class StateStoreTests
{
    private const string Key = "conversation/test/1";

    private static async Task<StateStore> StoreWithOrder(MemoryStorage storage)
    {
        var store = new StateStore(storage);
        var document = await store.LoadAsync<Order>(Key, CancellationToken.None);
        document.Value.Name = "Ada";
        await store.SaveAsync(document, CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task A_missing_document_loads_as_a_new_value()
    {
        var store = new StateStore(new MemoryStorage());

        var document = await store.LoadAsync<Order>(Key, CancellationToken.None);

        Assert.Equal(Key, document.Key);
        Assert.Null(document.Value.Name);
        Assert.Empty(document.Value.Notes);
    }

    [Fact]
    public async Task A_saved_document_loads_back_with_its_values()
    {
        var storage = new MemoryStorage();
        var store = await StoreWithOrder(storage);

        var loaded = await store.LoadAsync<Order>(Key, CancellationToken.None);

        Assert.Equal("Ada", loaded.Value.Name);
        Assert.Equal(1, storage.Writes);
        Assert.Contains("\"name\":\"Ada\"", (await storage.ReadAsync(Key, CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task An_unchanged_document_is_not_written_again()
    {
        var storage = new MemoryStorage();
        var store = await StoreWithOrder(storage);
        var loaded = await store.LoadAsync<Order>(Key, CancellationToken.None);

        await store.SaveAsync(loaded, CancellationToken.None);
        loaded.Value.Name = "Ada";
        await store.SaveAsync(loaded, CancellationToken.None);

        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task A_document_changed_twice_in_a_row_is_written_each_time()
    {
        var storage = new MemoryStorage();
        var store = await StoreWithOrder(storage);
        var loaded = await store.LoadAsync<Order>(Key, CancellationToken.None);

        loaded.Value.Size = "Small";
        await store.SaveAsync(loaded, CancellationToken.None);
        loaded.Value.Size = "Large";
        await store.SaveAsync(loaded, CancellationToken.None);

        Assert.Equal(3, storage.Writes);
        Assert.Equal("Large", (await store.LoadAsync<Order>(Key, CancellationToken.None)).Value.Size);
    }

    [Fact]
    public async Task Saving_over_a_change_made_since_loading_throws_StorageConflictException()
    {
        var storage = new MemoryStorage();
        var store = await StoreWithOrder(storage);
        var firstTurn = await store.LoadAsync<Order>(Key, CancellationToken.None);
        var secondTurn = await store.LoadAsync<Order>(Key, CancellationToken.None);

        firstTurn.Value.Size = "Small";
        await store.SaveAsync(firstTurn, CancellationToken.None);
        secondTurn.Value.Size = "Large";
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => store.SaveAsync(secondTurn, CancellationToken.None));

        Assert.Equal(Key, conflict.Key);
        Assert.Equal("Small", (await store.LoadAsync<Order>(Key, CancellationToken.None)).Value.Size);
    }

    [Fact]
    public async Task Two_turns_creating_the_same_document_conflict_instead_of_overwriting()
    {
        var storage = new MemoryStorage();
        var store = new StateStore(storage);
        var firstTurn = await store.LoadAsync<Order>(Key, CancellationToken.None);
        var secondTurn = await store.LoadAsync<Order>(Key, CancellationToken.None);

        firstTurn.Value.Name = "Ada";
        await store.SaveAsync(firstTurn, CancellationToken.None);
        secondTurn.Value.Name = "Grace";

        await Assert.ThrowsAsync<StorageConflictException>(() => store.SaveAsync(secondTurn, CancellationToken.None));
    }

    [Fact]
    public async Task An_unreadable_document_throws_unless_the_caller_accepts_a_fresh_one()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(Key, """{"name":{"not":"a string"}}""", null, CancellationToken.None);
        var store = new StateStore(storage);

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => store.LoadAsync<Order>(Key, CancellationToken.None));

        var replaced = await store.LoadAsync<Order>(Key, CancellationToken.None, replaceUnreadable: true);
        Assert.True(replaced.Replaced);
        Assert.Null(replaced.Value.Name);

        // The fresh document takes the unreadable one's place, through the usual ETag check.
        replaced.Value.Name = "Ada";
        await store.SaveAsync(replaced, CancellationToken.None);
        Assert.Equal("Ada", (await store.LoadAsync<Order>(Key, CancellationToken.None)).Value.Name);
    }

    [Fact]
    public async Task A_deleted_document_starts_again_as_a_new_value()
    {
        var storage = new MemoryStorage();
        var store = await StoreWithOrder(storage);
        var loaded = await store.LoadAsync<Order>(Key, CancellationToken.None);

        await store.DeleteAsync(loaded, CancellationToken.None);

        Assert.Null(loaded.Value.Name);
        Assert.Null(await storage.ReadAsync(Key, CancellationToken.None));
        loaded.Value.Name = "Grace";
        await store.SaveAsync(loaded, CancellationToken.None);
        Assert.Equal("Grace", (await store.LoadAsync<Order>(Key, CancellationToken.None)).Value.Name);
    }

    [Fact]
    public async Task A_document_is_handed_to_the_storage_as_its_UTF8_bytes_and_read_back_from_them()
    {
        var storage = new ChangesSeen(new MemoryStorage());
        var store = new StateStore(storage);
        var document = await store.LoadAsync<Order>(Key, CancellationToken.None);
        document.Value.Name = "Zoë";

        await store.SaveAsync(document, CancellationToken.None);

        var change = Assert.Single(storage.Changes);
        Assert.Equal("""{"name":"Zo\u00EB","notes":[]}""", System.Text.Encoding.UTF8.GetString(change.Utf8Json!));
        Assert.Equal(change.Utf8Json, storage.Stored(Key).ToUtf8().ToArray());
        Assert.Equal("Zoë", (await store.LoadAsync<Order>(Key, CancellationToken.None)).Value.Name);
    }

    /// <summary>The changes a store is handed, and what it hands back as stores that keep bytes do.</summary>
    private sealed class ChangesSeen(MemoryStorage inner) : IStorage
    {
        private readonly Dictionary<string, byte[]> bytes = [];

        public List<DocumentChange> Changes { get; } = [];

        public StoredDocument Stored(string key) => inner.ReadAsync(key, CancellationToken.None).Result!;

        public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
            await inner.ReadAsync(key, cancellationToken) is { } stored && bytes.TryGetValue(key, out var utf8) ? StoredDocument.FromUtf8(key, utf8, stored.ETag) : null;

        public Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
        {
            Changes.AddRange(changes);
            foreach (var change in changes.Where(change => change.Utf8Json is not null))
            {
                bytes[change.Key] = change.Utf8Json!;
            }

            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);

        public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.DeleteExpiredAsync(now, cancellationToken);

        public Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(prefix, now, owner, lease, limit, cancellationToken);

        public Task PurgeAsync(CancellationToken cancellationToken) => inner.PurgeAsync(cancellationToken);
    }
}
