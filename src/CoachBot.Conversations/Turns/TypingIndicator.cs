namespace CoachBot.Conversations.Turns;

/// <summary>
/// Shows that the bot is working while a pushed turn runs: one typing indicator at once, then one every
/// <see cref="Interval"/> (clients show each for about that long) until the turn's work is done or a
/// reply stream opens, which shows progress itself. A typing indicator is not a reply, so it need not
/// wait for the commit, and the turn never waits for it: one that cannot be sent is only logged, and one
/// still on its way when the work is done is cancelled.
/// </summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource stop = new();
    private Task repeating = Task.CompletedTask;

    /// <summary>Sends the first indicator, and keeps sending until disposed.</summary>
    public static TypingIndicator Start(TurnContext turn, Func<Exception, bool> failed, CancellationToken cancellationToken)
    {
        var indicator = new TypingIndicator();
        indicator.repeating = indicator.RepeatAsync(turn, failed, cancellationToken);
        return indicator;
    }

    private async Task RepeatAsync(TurnContext turn, Func<Exception, bool> failed, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancellationToken);
        using var timer = new PeriodicTimer(Interval, turn.Clock);
        try
        {
            await SendAsync(turn, failed, linked.Token);
            while (await timer.WaitForNextTickAsync(linked.Token) && !turn.StreamOpened)
            {
                await SendAsync(turn, failed, linked.Token);
            }
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // The turn's work is done.
        }
    }

    private static async Task SendAsync(TurnContext turn, Func<Exception, bool> failed, CancellationToken cancellationToken)
    {
        try
        {
            await turn.Channel.TypingAsync(turn.Reference, turn.Activity, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested) && failed(exception))
        {
            // Logged by the caller; the turn goes on.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await repeating;
        stop.Dispose();
    }
}
