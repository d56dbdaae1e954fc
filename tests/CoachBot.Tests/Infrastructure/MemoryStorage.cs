using System.Collections.Concurrent;
using System.Globalization;
using CoachBot.Conversations.State;

namespace CoachBot.Tests.Infrastructure;

/// <summary>In-memory storage with the same ETag, expiry, due-time and lease rules as SQLite; for unit tests only.</summary>
/// <param name="clock">Tells when a document has expired; without one, only <see cref="DeleteExpiredAsync"/> lets documents go.</param>
public sealed class MemoryStorage(TimeProvider? clock = null) : IStorage
{
    private readonly ConcurrentDictionary<string, Stored> documents = new();

    public int Writes { get; private set; }

    public IEnumerable<string> Keys => documents.Keys;

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(documents.TryGetValue(key, out var stored) && !Expired(stored.ExpiresAt)
            ? new StoredDocument(key, stored.Json, Version(stored))
            : null);

    public Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        lock (documents)
        {
            // All checks first, so a refused set writes nothing.
            foreach (var change in changes)
            {
                var exists = documents.TryGetValue(change.Key, out var current) && !Expired(current.ExpiresAt);
                var fresh = change.IsDeletion
                    ? change.ExpectedETag is null || (exists && Version(current!) == change.ExpectedETag)
                    : change.ExpectedETag is null ? !exists : exists && Version(current!) == change.ExpectedETag;
                if (!fresh)
                {
                    throw new StorageConflictException(change.Key);
                }
            }

            var etags = new List<string?>();
            foreach (var change in changes)
            {
                if (change.IsDeletion)
                {
                    documents.TryRemove(change.Key, out _);
                    etags.Add(null);
                    continue;
                }

                var version = documents.TryGetValue(change.Key, out var current) ? current.Version : 0;
                documents[change.Key] = new Stored(change.Json!, version + 1, change.ExpiresAt, change.DueAt, LeasedUntil: null);
                Writes++;
                etags.Add((version + 1).ToString(CultureInfo.InvariantCulture));
            }

            return Task.FromResult<IReadOnlyList<string?>>(etags);
        }
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. documents
            .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal) && !Expired(entry.Value.ExpiresAt))
            .Select(entry => entry.Key)
            .Order(StringComparer.Ordinal)]);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (documents)
        {
            var expired = documents.Where(entry => entry.Value.ExpiresAt <= now).Select(entry => entry.Key).ToList();
            expired.ForEach(key => documents.TryRemove(key, out _));
            return Task.FromResult(expired.Count);
        }
    }

    public Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        lock (documents)
        {
            var due = documents
                .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal)
                    && entry.Value.DueAt <= now
                    && !(entry.Value.LeasedUntil > now)
                    && !(entry.Value.ExpiresAt <= now))
                .OrderBy(entry => entry.Value.DueAt)
                .ThenBy(entry => entry.Key, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            foreach (var (key, stored) in due)
            {
                documents[key] = stored with { LeasedUntil = now + lease };
            }

            return Task.FromResult<IReadOnlyList<StoredDocument>>([.. due.Select(entry => new StoredDocument(entry.Key, entry.Value.Json, Version(entry.Value)))]);
        }
    }

    /// <summary>Nothing deleted from memory can be read back.</summary>
    public Task PurgeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>When the document under <paramref name="key"/> expires, if it does.</summary>
    public DateTimeOffset? ExpiryOf(string key) => documents.TryGetValue(key, out var stored) ? stored.ExpiresAt : null;

    /// <summary>When the document under <paramref name="key"/> falls due, if it does.</summary>
    public DateTimeOffset? DueTimeOf(string key) => documents.TryGetValue(key, out var stored) ? stored.DueAt : null;

    private bool Expired(DateTimeOffset? expiresAt) => clock is not null && expiresAt <= clock.GetUtcNow();

    private static string Version(Stored stored) => stored.Version.ToString(CultureInfo.InvariantCulture);

    private sealed record Stored(string Json, long Version, DateTimeOffset? ExpiresAt, DateTimeOffset? DueAt, DateTimeOffset? LeasedUntil);
}
