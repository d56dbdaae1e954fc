namespace CoachBot.Conversations.Turns;

/// <summary>
/// Lets turns of one conversation run one at a time (so quick successive messages never read stale
/// state) while turns of different conversations run in parallel. Entries live only while in use.
/// </summary>
public sealed class ConversationGate
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

        return new Pass(this, conversationKey, entry);
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

    private sealed class Pass(ConversationGate gate, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.Leave(key, entry, acquired: true);
            }
        }
    }
}
