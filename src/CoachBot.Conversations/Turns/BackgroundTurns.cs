using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// Every turn in the house, whichever way it came in (<see cref="TurnRunner"/>): on shutdown the running
/// and waiting turns finish, save and deliver within the host's shutdown timeout, then the rest are
/// cancelled. Turns acknowledged at once run here, never cancelled by the request that brought them.
/// </summary>
public sealed class BackgroundTurns : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly CancellationTokenSource abandon = new();

    /// <summary>Cancelled once the host's grace period for shutting down is over.</summary>
    public CancellationToken Abandoned => abandon.Token;

    /// <summary>Tracks <paramref name="turn"/> until it ends; <paramref name="ended"/> runs then, whatever its outcome.</summary>
    public void Track(Task turn, Action ended)
    {
        running.TryAdd(turn, 0);
        _ = turn.ContinueWith(finished =>
        {
            running.TryRemove(finished, out _);
            ended();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes once no turn is waiting or running (those started meanwhile included).</summary>
    public async Task WhenIdleAsync()
    {
        while (!running.IsEmpty)
        {
            await Task.WhenAll(running.Keys).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for every turn; once the host's grace period is over, the rest are cancelled.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        using var giveUp = cancellationToken.Register(Abandon);
        await WhenIdleAsync();
    }

    private void Abandon()
    {
        try
        {
            abandon.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The host has disposed its services already (a stop that ran out of time): nothing is left to cancel.
        }
    }

    public void Dispose()
    {
        abandon.Dispose();
    }
}
