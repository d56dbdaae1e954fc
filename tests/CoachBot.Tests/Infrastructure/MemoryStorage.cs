using System.Collections.Concurrent;
using System.Globalization;
using CoachBot.Conversations.State;

namespace CoachBot.Tests.Infrastructure;

/// <summary>In-memory storage with the same ETag rules as SQLite; for unit tests only.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, (string Json, long Version)> documents = new();

    public int Writes { get; private set; }

    public IEnumerable<string> Keys => documents.Keys;

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(documents.TryGetValue(key, out var stored)
            ? new StoredDocument(key, stored.Json, stored.Version.ToString(CultureInfo.InvariantCulture))
            : null);

    public Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        lock (documents)
        {
            // All checks first, so a refused set writes nothing.
            foreach (var change in changes)
            {
                var exists = documents.TryGetValue(change.Key, out var current);
                var fresh = change.Json is null
                    ? change.ExpectedETag is null || (exists && Version(current) == change.ExpectedETag)
                    : change.ExpectedETag is null ? !exists : exists && Version(current) == change.ExpectedETag;
                if (!fresh)
                {
                    throw new StorageConflictException(change.Key);
                }
            }

            var etags = new List<string?>();
            foreach (var change in changes)
            {
                if (change.Json is null)
                {
                    documents.TryRemove(change.Key, out _);
                    etags.Add(null);
                    continue;
                }

                documents.TryGetValue(change.Key, out var current);
                documents[change.Key] = (change.Json, current.Version + 1);
                Writes++;
                etags.Add((current.Version + 1).ToString(CultureInfo.InvariantCulture));
            }

            return Task.FromResult<IReadOnlyList<string?>>(etags);
        }
    }

    private static string Version((string Json, long Version) stored) => stored.Version.ToString(CultureInfo.InvariantCulture);
}
