using CoachBot.Conversations.State;

namespace CoachBot.TurnProbe;

/// <summary>
/// Counts what the turns hand the storage (documents written and their JSON's length), forwarding every call
/// unchanged and without a state machine of its own, so the probe's bytes and CPU per turn stay the bot's.
/// </summary>
internal sealed class StorageTally(IStorage inner) : IStorage, IDisposable
{
    private long documentsWritten;
    private long jsonCharacters;

    public (long Documents, long JsonCharacters) Totals => (Interlocked.Read(ref documentsWritten), Interlocked.Read(ref jsonCharacters));

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

    public Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            Interlocked.Increment(ref documentsWritten);
            // The serializer escapes every character beyond ASCII, so a document's UTF-8 bytes are its characters.
            Interlocked.Add(ref jsonCharacters, change.Utf8Json?.Length ?? change.Json?.Length ?? 0);
        }

        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.DeleteExpiredAsync(now, cancellationToken);

    public Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
        inner.ClaimDueAsync(prefix, now, owner, lease, limit, cancellationToken);

    public Task PurgeAsync(CancellationToken cancellationToken) => inner.PurgeAsync(cancellationToken);

    public Task ProbeAsync(CancellationToken cancellationToken) => inner.ProbeAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();
}

/// <summary>
/// The process's file writes so far, from Linux's <c>/proc/self/io</c>: bytes handed to write calls (the WAL,
/// SQLite's temporary files, checkpoints into the database file) and the number of those calls; zeros elsewhere.
/// </summary>
internal static class FileWrites
{
    public static (long Bytes, long Calls) Now()
    {
        const string path = "/proc/self/io";
        if (!File.Exists(path))
        {
            return (0, 0);
        }

        long bytes = 0, calls = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("wchar:", StringComparison.Ordinal))
            {
                bytes = long.Parse(line.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("syscw:", StringComparison.Ordinal))
            {
                calls = long.Parse(line.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (bytes, calls);
    }
}
