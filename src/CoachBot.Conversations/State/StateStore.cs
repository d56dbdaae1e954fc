using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Conversations.State;

/// <summary>A typed state document as read in this turn, with what is needed to save it safely.</summary>
public sealed class StateDocument<T>(string key, T value, string? etag, string? storedJson) where T : class
{
    public string Key { get; } = key;
    public T Value { get; internal set; } = value;
    internal string? ETag { get; set; } = etag;
    internal string? StoredJson { get; set; } = storedJson;

    /// <summary>Nothing was stored under the key yet.</summary>
    public bool IsNew => ETag is null && !Replaced;

    /// <summary>The stored version could not be read by this version of the bot and was set aside for a fresh one.</summary>
    public bool Replaced { get; internal init; }
}

/// <summary>Loads and saves typed state documents (conversation state, user state) over <see cref="IStorage"/>.</summary>
public sealed class StateStore(IStorage storage)
{
    /// <param name="replaceUnreadable">
    /// Whether a stored document this version cannot read (e.g. a dialog stack from an older version) is
    /// replaced by a fresh one, as suits conversation state; otherwise reading it throws, and nothing is lost.
    /// </param>
    public async Task<StateDocument<T>> LoadAsync<T>(string key, CancellationToken cancellationToken, bool replaceUnreadable = false) where T : class, new()
    {
        var stored = await storage.ReadAsync(key, cancellationToken);
        if (stored is null)
        {
            // Compared with on save, so a document that stays at its defaults is never written.
            var fresh = new T();
            return new StateDocument<T>(key, fresh, null, JsonSerializer.Serialize(fresh, ActivityJson.Options));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(stored.Json, ActivityJson.Options) ?? new T();
            return new StateDocument<T>(key, value, stored.ETag, stored.Json);
        }
        catch (Exception exception) when (replaceUnreadable && exception is JsonException or DialogStackException)
        {
            // Keeping the ETag makes the next save overwrite the unreadable version, still with concurrency checks.
            return new StateDocument<T>(key, new T(), stored.ETag, null) { Replaced = true };
        }
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

    /// <summary>Stores a new document under a key that must not exist yet.</summary>
    public Task InsertAsync<T>(string key, T value, CancellationToken cancellationToken) where T : class =>
        storage.WriteAsync(key, JsonSerializer.Serialize(value, ActivityJson.Options), null, cancellationToken);

    /// <summary>Deletes whatever version is stored under <paramref name="key"/>.</summary>
    public Task DeleteAsync(string key, CancellationToken cancellationToken) => storage.DeleteAsync(key, null, cancellationToken);

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
