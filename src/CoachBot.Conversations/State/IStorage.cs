namespace CoachBot.Conversations.State;

/// <summary>A stored JSON document and the ETag of the version read.</summary>
public sealed record StoredDocument(string Key, string Json, string ETag);

/// <summary>
/// Key/document storage with optimistic concurrency. Every write names the ETag it read
/// (or null for "must not exist yet"); a stale write throws <see cref="StorageConflictException"/>
/// instead of silently overwriting what another turn wrote.
/// </summary>
public interface IStorage
{
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <returns>The ETag of the version written.</returns>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);

    Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken);
}

public sealed class StorageConflictException(string key)
    : Exception($"The stored document changed since it was read (key hash {key.GetHashCode(StringComparison.Ordinal):x8}).")
{
    public string Key { get; } = key;
}
