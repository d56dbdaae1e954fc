using System.Text.Json;
using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.State;

/// <summary>A typed state document as read in this turn, with what is needed to save it safely.</summary>
public sealed class StateDocument<T>(string key, T value, string? etag, string? storedJson) where T : class
{
    public string Key { get; } = key;
    public T Value { get; internal set; } = value;
    internal string? ETag { get; set; } = etag;
    internal string? StoredJson { get; set; } = storedJson;
}

/// <summary>Loads and saves typed state documents (conversation state, user state) over <see cref="IStorage"/>.</summary>
public sealed class StateStore(IStorage storage)
{
    public async Task<StateDocument<T>> LoadAsync<T>(string key, CancellationToken cancellationToken) where T : class, new()
    {
        var stored = await storage.ReadAsync(key, cancellationToken);
        if (stored is null)
        {
            return new StateDocument<T>(key, new T(), null, null);
        }

        var value = JsonSerializer.Deserialize<T>(stored.Json, ActivityJson.Options) ?? new T();
        return new StateDocument<T>(key, value, stored.ETag, stored.Json);
    }

    /// <summary>Writes the document if it changed this turn; a concurrent change since it was read throws <see cref="StorageConflictException"/>.</summary>
    public async Task SaveAsync<T>(StateDocument<T> document, CancellationToken cancellationToken) where T : class
    {
        var json = JsonSerializer.Serialize(document.Value, ActivityJson.Options);
        if (json == document.StoredJson)
        {
            return;
        }

        document.ETag = await storage.WriteAsync(document.Key, json, document.ETag, cancellationToken);
        document.StoredJson = json;
    }

    public async Task DeleteAsync<T>(StateDocument<T> document, CancellationToken cancellationToken) where T : class, new()
    {
        if (document.ETag is not null)
        {
            await storage.DeleteAsync(document.Key, document.ETag, cancellationToken);
        }

        document.Value = new T();
        document.ETag = null;
        document.StoredJson = null;
    }
}
