using System.Text;

namespace CoachBot.Conversations.State;

/// <summary>
/// A stored JSON document and the ETag of the version read. A store may hand it over as the UTF-8 bytes it
/// holds (<see cref="Utf8Json"/>, made by <see cref="FromUtf8"/>); <see cref="Json"/> is then decoded on each
/// use, so a reader that parses JSON takes the bytes. Two documents are equal when their keys, ETags and texts are.
/// </summary>
public sealed record StoredDocument(string Key, string Json, string ETag)
{
    private readonly string? json = Json;

    public string Json
    {
        get => json ?? Encoding.UTF8.GetString(Utf8Json!.Value.Span);
        init => json = value;
    }

    /// <summary>
    /// The document as UTF-8, when the store handed it over so; null when only <see cref="Json"/> is set. Read-only:
    /// a store may hand the same bytes to every reader (SQLite's copy of recent documents).
    /// </summary>
    public ReadOnlyMemory<byte>? Utf8Json { get; private init; }

    /// <summary>A document whose JSON is <paramref name="utf8Json"/>, UTF-8 as stored, not copied.</summary>
    public static StoredDocument FromUtf8(string key, ReadOnlyMemory<byte> utf8Json, string etag) => new(key, null!, etag) { Utf8Json = utf8Json };

    /// <summary>The document's JSON as UTF-8: the bytes it was made from, or its text encoded.</summary>
    public ReadOnlyMemory<byte> ToUtf8() => Utf8Json ?? Encoding.UTF8.GetBytes(Json);

    public bool Equals(StoredDocument? other) =>
        other is not null && Key == other.Key && ETag == other.ETag
        && (Utf8Json is { } utf8 && other.Utf8Json is { } otherUtf8 ? utf8.Span.SequenceEqual(otherUtf8.Span) : Json == other.Json);

    public override int GetHashCode() => HashCode.Combine(Key, ETag);
}

/// <summary>
/// One change in a set written together: the document to store under <see cref="Key"/>, or with a null
/// <see cref="Json"/> its deletion, and the ETag it was read at (null: it must not exist yet; for a
/// delete: whatever version is there). A document with <see cref="ExpiresAt"/> is deleted by
/// <see cref="IStorage.DeleteExpiredAsync"/> once that time has passed, and reads as absent from then on.
/// A document with <see cref="DueAt"/> is offered by <see cref="IStorage.ClaimDueAsync"/> from that time on;
/// writing a document sets its due time anew (null: never due) and ends any lease on it.
/// <para>
/// A document may be given as UTF-8 (<see cref="FromUtf8"/>), as the serializer writes it: a store then writes
/// those bytes as the same text <see cref="Json"/> would be, without a string and its encoding in between.
/// </para>
/// </summary>
public sealed record DocumentChange(string Key, string? Json, string? ExpectedETag, DateTimeOffset? ExpiresAt = null, DateTimeOffset? DueAt = null)
{
    private readonly string? json = Json;

    /// <summary>The document's JSON; null for a deletion. Decoded on each use when the change was made from UTF-8.</summary>
    public string? Json
    {
        get => json ?? (Utf8Json is null ? null : Encoding.UTF8.GetString(Utf8Json));
        init => json = value;
    }

    /// <summary>The document as UTF-8, when the change was made so; null when only <see cref="Json"/> is set, and for a deletion.</summary>
    public byte[]? Utf8Json { get; private init; }

    /// <summary>Whether this change deletes the document (it has no JSON in either form).</summary>
    public bool IsDeletion => json is null && Utf8Json is null;

    /// <summary>A write of <paramref name="utf8Json"/>, valid UTF-8 JSON, not copied: the caller must not change it afterwards.</summary>
    public static DocumentChange FromUtf8(string key, byte[] utf8Json, string? expectedETag, DateTimeOffset? expiresAt = null, DateTimeOffset? dueAt = null) =>
        new(key, null, expectedETag, expiresAt, dueAt) { Utf8Json = utf8Json };
}

/// <summary>
/// Key/document storage with optimistic concurrency. Every write names the ETag it read; a stale write
/// throws <see cref="StorageConflictException"/> instead of silently overwriting what another turn wrote.
/// </summary>
public interface IStorage
{
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Applies all the changes or none: if any ETag check fails, nothing is written.</summary>
    /// <returns>The new ETag of each change, in order; null for deletes.</returns>
    /// <exception cref="StorageConflictException">A document changed since it was read; it names the first such key.</exception>
    Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken);

    /// <summary>The keys of the unexpired documents whose key starts with <paramref name="prefix"/>, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes every document whose expiry is at or before <paramref name="now"/>.</summary>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> unexpired documents whose key starts with <paramref name="prefix"/>
    /// and whose due time is at or before <paramref name="now"/>, earliest due first, skipping any under an
    /// unexpired lease. Each one returned is leased to <paramref name="owner"/> until <paramref name="now"/> +
    /// <paramref name="lease"/>: no claim, by this process or another sharing the store, returns it again
    /// before then unless it is written in between (a write ends the lease). A claim changes neither a
    /// document's JSON nor its ETag, so the claimer's write still checks what it read.
    /// </summary>
    Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Makes what was deleted so far unrecoverable from the storage's files (for a file store: no copy
    /// left in the database file, its free pages or its log), for erasure requests and retention.
    /// </summary>
    Task PurgeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes a small probe document, as a turn would, and returns once it is stored: for health checks.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The storage cannot take writes now.</exception>
    Task ProbeAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StorageExtensions
{
    /// <returns>The ETag of the version written.</returns>
    public static async Task<string> WriteAsync(this IStorage storage, string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        (await storage.WriteAsync([new DocumentChange(key, json, expectedETag)], cancellationToken))[0]!;

    public static Task DeleteAsync(this IStorage storage, string key, string? expectedETag, CancellationToken cancellationToken) =>
        storage.WriteAsync([new DocumentChange(key, null, expectedETag)], cancellationToken);
}

public sealed class StorageConflictException(string key)
    : Exception($"The stored document changed since it was read (key hash {key.GetHashCode(StringComparison.Ordinal):x8}).")
{
    public string Key { get; } = key;
}

/// <summary>
/// The storage cannot take writes (or answer) now: the disk is full, read-only or stalled. Nothing of the
/// refused change was stored; what was stored before is intact. The message names the cause only.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
