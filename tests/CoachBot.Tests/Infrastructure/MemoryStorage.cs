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

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (documents)
        {
            var exists = documents.TryGetValue(key, out var current);
            if (expectedETag is null ? exists : !exists || current.Version.ToString(CultureInfo.InvariantCulture) != expectedETag)
            {
                throw new StorageConflictException(key);
            }

            var version = current.Version + 1;
            documents[key] = (json, version);
            Writes++;
            return Task.FromResult(version.ToString(CultureInfo.InvariantCulture));
        }
    }

    public Task DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken)
    {
        documents.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
