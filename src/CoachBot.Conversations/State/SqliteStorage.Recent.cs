using System.Collections.Concurrent;
using System.Globalization;

namespace CoachBot.Conversations.State;

public sealed partial class SqliteStorage
{
    /// <summary>
    /// The documents this storage committed most recently, as committed, so the next turn of an active
    /// conversation reads its state without a query. Only the writer changes it, in commit order and
    /// after each commit, so it never holds a version older than the file's; a read that misses goes to
    /// the file. This process is the file's only writer (one bot per database), which is what makes the
    /// copy trustworthy.
    /// </summary>
    private sealed class RecentDocuments
    {
        // About 4,096 × a few KiB: the conversations active at any moment, in a few MiB. When full it
        // starts over rather than tracking which entry is oldest; a miss costs only a query.
        private const int Capacity = 4096;

        private readonly ConcurrentDictionary<string, (StoredDocument Document, long? ExpiresAtMs)> documents = new(StringComparer.Ordinal);
        private int count;

        /// <returns>Whether the key is known here; then <paramref name="document"/> is what the file holds (null: absent or expired).</returns>
        public bool TryRead(string key, long nowMs, out StoredDocument? document)
        {
            if (!documents.TryGetValue(key, out var recent))
            {
                document = null;
                return false;
            }

            document = recent.ExpiresAtMs is { } expires && expires <= nowMs ? null : recent.Document;
            return true;
        }

        /// <summary>Takes in a change set the writer has just committed.</summary>
        public void Committed(PendingChanges set)
        {
            for (var i = 0; i < set.Changes.Count; i++)
            {
                var change = set.Changes[i];
                if (change.IsDeletion)
                {
                    count -= documents.TryRemove(change.Key, out _) ? 1 : 0;
                    continue;
                }

                if (count >= Capacity && !documents.ContainsKey(change.Key))
                {
                    Forget();
                }

                var etag = ((set.ExpectedVersions[i] ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
                var added = documents.TryAdd(change.Key, default);
                var document = change.Utf8Json is { } utf8 ? StoredDocument.FromUtf8(change.Key, utf8, etag) : new StoredDocument(change.Key, change.Json!, etag);
                documents[change.Key] = (document, change.ExpiresAt?.ToUnixTimeMilliseconds());
                count += added ? 1 : 0;
            }
        }

        /// <summary>After changes the writer does not track one by one (expired rows deleted in bulk).</summary>
        public void Forget()
        {
            documents.Clear();
            count = 0;
        }
    }
}
