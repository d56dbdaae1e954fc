using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Conversations.State;

/// <summary>A state document as read in this turn, with what is needed to save it safely.</summary>
public abstract class StateDocument(string key, string? etag, ReadOnlyMemory<byte>? storedJson)
{
    public string Key { get; } = key;
    internal string? ETag { get; set; } = etag;

    /// <summary>The JSON stored (or, for a fresh document, its defaults), as UTF-8: compared with on save.</summary>
    internal ReadOnlyMemory<byte>? StoredJson { get; set; } = storedJson;

    /// <summary>Whether this document was read from storage (or has been saved since), rather than made fresh.</summary>
    public bool IsStored => ETag is not null;

    /// <summary>When the storage lets this document go, as of its next save; null keeps it until deleted.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>When the storage offers this document to a dispatcher (<see cref="IStorage.ClaimDueAsync"/>), as of its next save; null: never.</summary>
    public DateTimeOffset? DueAt { get; set; }

    internal abstract byte[] Serialize();
}

/// <summary>A typed state document as read in this turn.</summary>
public sealed class StateDocument<T>(string key, T value, string? etag, ReadOnlyMemory<byte>? storedJson)
    : StateDocument(key, etag, storedJson) where T : class
{
    public T Value { get; internal set; } = value;

    /// <summary>The stored version could not be read by this version of the bot and was set aside for a fresh one.</summary>
    public bool Replaced { get; internal init; }

    // UTF-8, as the storage writes it: no string to compare and encode again.
    internal override byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(Value, ActivityJson.Options);
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
            return new StateDocument<T>(key, fresh, null, JsonSerializer.SerializeToUtf8Bytes(fresh, ActivityJson.Options));
        }

        try
        {
            var json = stored.ToUtf8();
            var value = JsonSerializer.Deserialize<T>(json.Span, ActivityJson.Options) ?? new T();
            return new StateDocument<T>(key, value, stored.ETag, json);
        }
        catch (Exception exception) when (replaceUnreadable && exception is JsonException or DialogStackException)
        {
            // Keeping the ETag makes the next save overwrite the unreadable version, still with concurrency checks.
            return new StateDocument<T>(key, new T(), stored.ETag, null) { Replaced = true };
        }
    }

    /// <summary>A document to be stored under a key that must not exist yet.</summary>
    public static StateDocument<T> New<T>(string key, T value) where T : class => new(key, value, null, null);

    /// <summary>Writes the document if it changed this turn; a concurrent change since it was read throws <see cref="StorageConflictException"/>.</summary>
    public Task SaveAsync(StateDocument document, CancellationToken cancellationToken) => SaveAllAsync([document], [], cancellationToken);

    /// <summary>
    /// Writes the documents that changed this turn and deletes <paramref name="deletions"/>, all or none:
    /// if any document changed since it was read, nothing is written and <see cref="StorageConflictException"/> names it.
    /// </summary>
    public async Task SaveAllAsync(IReadOnlyList<StateDocument> documents, IReadOnlyList<string> deletions, CancellationToken cancellationToken)
    {
        var changed = new List<(StateDocument Document, byte[] Json)>();
        foreach (var document in documents)
        {
            var json = document.Serialize();
            // A document without a stored form (set aside as unreadable) compares as empty, unlike any JSON.
            if (!json.AsSpan().SequenceEqual(document.StoredJson.GetValueOrDefault().Span))
            {
                changed.Add((document, json));
            }
        }

        if (changed.Count == 0 && deletions.Count == 0)
        {
            return;
        }

        var changes = changed.Select(item => DocumentChange.FromUtf8(item.Document.Key, item.Json, item.Document.ETag, item.Document.ExpiresAt, item.Document.DueAt))
            .Concat(deletions.Select(key => new DocumentChange(key, null, null)))
            .ToList();
        var etags = await storage.WriteAsync(changes, cancellationToken);
        for (var i = 0; i < changed.Count; i++)
        {
            changed[i].Document.ETag = etags[i];
            changed[i].Document.StoredJson = changed[i].Json;
        }
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
