using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>The real storage, with a switch that makes every write fail as a full disk would, and a record of the keys read.</summary>
public sealed class SwitchableStorage(IStorage inner) : IStorage, IDisposable
{
    public volatile bool FailWrites;
    public ConcurrentQueue<string> KeysRead { get; } = new();

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        KeysRead.Enqueue(key);
        return inner.ReadAsync(key, cancellationToken);
    }

    public Task<IReadOnlyList<string?>> WriteAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken) =>
        FailWrites ? throw new StorageUnavailableException("The storage could not write: the disk is full.") : inner.WriteAsync(changes, cancellationToken);

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.DeleteExpiredAsync(now, cancellationToken);

    public Task PurgeAsync(CancellationToken cancellationToken) => inner.PurgeAsync(cancellationToken);

    public Task<IReadOnlyList<StoredDocument>> ClaimDueAsync(string prefix, DateTimeOffset now, string owner, TimeSpan lease, int limit, CancellationToken cancellationToken) =>
        inner.ClaimDueAsync(prefix, now, owner, lease, limit, cancellationToken);

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        FailWrites ? throw new StorageUnavailableException("The storage could not write: the disk is full.") : inner.ProbeAsync(cancellationToken);

    public void Dispose() => (inner as IDisposable)?.Dispose();
}

/// <summary>The coaching bot, held at the start of each turn until the test lets turns through.</summary>
public sealed class HeldBot(IBot inner) : IBot
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int entered;

    public int Entered => Volatile.Read(ref entered);

    public void Release() => released.TrySetResult();

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref entered);
        await released.Task.WaitAsync(cancellationToken);
        await inner.OnTurnAsync(turn, cancellationToken);
    }
}

/// <summary>A client that sends a request's headers and the first bytes of its body, then nothing more until disposed.</summary>
public sealed class SlowUpload : IAsyncDisposable
{
    private readonly TcpClient tcp = new();

    public static async Task<SlowUpload> StartAsync(Uri server, string path)
    {
        var upload = new SlowUpload();
        await upload.tcp.ConnectAsync(server.Host, server.Port);
        var head = $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{\"type\":\"message\",";
        await upload.tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));
        return upload;
    }

    /// <summary>Stops half-way: the server sees the body end early.</summary>
    public void Abort() => tcp.Client.Close();

    public ValueTask DisposeAsync()
    {
        tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
