using System.Collections.Concurrent;
using CoachBot.Conversations.Activities;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// Turns acknowledged at once and run in the background (normal delivery): in arrival order per
/// conversation, a few at a time across all of them, never cancelled by the request that brought them.
/// On shutdown the running and waiting turns finish, and save, within the host's shutdown timeout.
/// </summary>
public sealed class BackgroundTurns(TurnRunner runner, TurnAdmission admission) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> running = new();
    private readonly CancellationTokenSource abandon = new();

    /// <returns>False when too many turns are waiting already: the caller answers 503, and the channel retries.</returns>
    public bool TryStart(Activity activity, IChannel channel)
    {
        if (!admission.TryReserve())
        {
            return false;
        }

        var turn = runner.RunInOrderAsync(activity, channel, abandon.Token);
        running.TryAdd(turn, 0);
        _ = turn.ContinueWith(finished =>
        {
            running.TryRemove(finished, out _);
            admission.EndReservation();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
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
        using var giveUp = cancellationToken.Register(abandon.Cancel);
        await WhenIdleAsync();
    }

    public void Dispose()
    {
        abandon.Dispose();
    }
}
