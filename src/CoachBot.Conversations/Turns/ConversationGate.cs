namespace CoachBot.Conversations.Turns;

/// <summary>
/// A lock on a conversation shared by every instance of the bot on one store (PostgreSQL's advisory
/// locks): while one instance holds it, no other runs a turn of that conversation.
/// </summary>
public interface IConversationLocks
{
    /// <summary>Waits until this instance holds the conversation's lock; dispose the result to let it go (never throws).</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}

/// <summary>
/// Lets turns of one conversation run one at a time (so quick successive messages never read stale
/// state) while turns of different conversations run in parallel. Entries live only while in use.
/// With <see cref="IConversationLocks"/> (several instances on one database), the turn first in this
/// instance's line also takes the conversation's shared lock, so no two instances run its turns at once.
/// </summary>
public sealed class ConversationGate(IConversationLocks? shared = null)
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async ValueTask<IDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(conversationKey, out entry!))
            {
                entry = new Entry();
                entries.Add(conversationKey, entry);
            }

            entry.Holders++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationKey, entry, acquired: false);
            throw;
        }

        if (shared is null)
        {
            return new Pass(this, conversationKey, entry, null);
        }

        // Only the turn first in this instance's line asks the other instances, so one instance holds at
        // most one shared lock per conversation.
        try
        {
            return new Pass(this, conversationKey, entry, await shared.AcquireAsync(conversationKey, cancellationToken));
        }
        catch
        {
            Leave(conversationKey, entry, acquired: true);
            throw;
        }
    }

    internal int ActiveConversations
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    private void Leave(string key, Entry entry, bool acquired)
    {
        if (acquired)
        {
            entry.Semaphore.Release();
        }

        lock (entries)
        {
            if (--entry.Holders == 0)
            {
                entries.Remove(key);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Holders { get; set; }
    }

    private sealed class Pass(ConversationGate gate, string key, Entry entry, IAsyncDisposable? sharedLock) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
            {
                return;
            }

            if (sharedLock is null)
            {
                gate.Leave(key, entry, acquired: true);
                return;
            }

            // Letting go of the shared lock is a round trip to the database: the turn does not wait for it
            // (a thread blocked on it would starve the others), but the next turn in this instance's line
            // does, so it asks for the lock only once this instance has let go of it.
            _ = LetGoAsync();
        }

        private async Task LetGoAsync()
        {
            try
            {
                await sharedLock!.DisposeAsync();
            }
            finally
            {
                gate.Leave(key, entry, acquired: true);
            }
        }
    }
}
