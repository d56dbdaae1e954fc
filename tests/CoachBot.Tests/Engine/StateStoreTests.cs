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
}
