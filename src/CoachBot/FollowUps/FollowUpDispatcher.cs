using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Telemetry;
using CoachBot.Conversations.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.FollowUps;

/// <summary>
/// Delivers follow-up nudges when they fall due. Every <see cref="FollowUpOptions.PollInterval"/> it claims
/// the due ones from the storage with a lease (<see cref="IStorage.ClaimDueAsync"/>), so dispatchers in
/// several processes over one database never take the same nudge, and runs each as a proactive turn
/// through the front door, with the nudge's key and attempt as the turn's id: the turn applies the rules
/// and marks the nudge sent in its own commit, and a second run of the same attempt runs nothing. A
/// delivery that fails for a passing reason is scheduled again with a backoff; one the channel refuses
/// (the person blocked the bot) stops the nudge.
/// </summary>
public sealed partial class FollowUpDispatcher(
    IStorage storage, TurnRunner runner, ChannelRegistry channels, NudgeTurns nudges, TimeProvider clock,
    IOptions<FollowUpOptions> options, ILogger<FollowUpDispatcher> logger, CoachBotTelemetry telemetry) : BackgroundService
{
    /// <summary>How long a nudge on a channel that cannot send unasked waits before it is looked at again.</summary>
    private static readonly TimeSpan NotPushableRecheck = TimeSpan.FromHours(1);

    private readonly FollowUpOptions options = options.Value;

    /// <summary>This dispatcher's name on its leases.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The storage could not be read, say: the nudges stay due, and the next pass tries again.
                LogPassFailed(ExceptionSummary.Of(exception));
            }

            try
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and runs due nudges, batch after batch, until none is left due.</summary>
    /// <returns>How many were claimed.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var claimed = await storage.ClaimDueAsync(FollowUpKeys.ClaimPrefix, clock.GetUtcNow(), Owner, options.Lease, options.BatchSize, cancellationToken);
            total += claimed.Count;
            telemetry.NudgesDue(claimed.Count);
            await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrent, CancellationToken = cancellationToken },
                async (document, ct) => await RunAsync(document, ct));
            if (claimed.Count < options.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task RunAsync(StoredDocument document, CancellationToken cancellationToken)
    {
        try
        {
            if (!FollowUpKeys.IsFollowUp(document.Key) || JsonSerializer.Deserialize<FollowUp>(document.Json, ActivityJson.Options) is not { } nudge)
            {
                return;
            }

            if (nudge.Reference is not { } reference || channels.Find(reference.ChannelId) is not { } channel)
            {
                // Planned on a channel this deployment no longer serves: it can never be delivered.
                LogUndeliverable(nudge.Kind.ToString());
                telemetry.NudgeFailed("undeliverable");
                await nudges.GiveUpAsync(document.Key, cancellationToken);
                return;
            }

            if (!channel.CanPush)
            {
                // The channel only answers requests (the web chat's page finds its nudges when it opens).
                await nudges.PutOffAsync(document.Key, nudge.Attempt, clock.GetUtcNow() + NotPushableRecheck, cancellationToken);
                return;
            }

            var watched = new WatchedChannel(channel);
            var value = JsonSerializer.SerializeToElement(new NudgeDue(document.Key, nudge.Attempt), ActivityJson.Options);
            var outcome = await runner.ContinueAsync(reference, FollowUpEvents.Nudge, value, watched, cancellationToken, nudge.TurnId(document.Key));
            if (outcome.Status == TurnStatus.Refused)
            {
                telemetry.NudgeFailed("refused");
                await nudges.GiveUpAsync(document.Key, cancellationToken);
            }
            else if (watched.Failure is { } failure)
            {
                telemetry.NudgeFailed(channel.Refused(failure) ? "unreachable" : "error");
                if (channel.Refused(failure))
                {
                    // The front door has marked the conversation unreachable: nothing more goes there unasked.
                    await nudges.GiveUpAsync(document.Key, cancellationToken);
                }
                else if (!await nudges.RetryAsync(document.Key, clock.GetUtcNow(), cancellationToken))
                {
                    LogGaveUp(nudge.Kind.ToString(), ExceptionSummary.Of(failure));
                }
            }

            else if (outcome.Status == TurnStatus.Done)
            {
                telemetry.NudgeSent();
            }
            else
            {
                // Busy: the house is full; the lease runs out and the nudge is claimed again.
                telemetry.NudgeFailed("busy");
            }
        }
        catch (StorageConflictException)
        {
            // The person answered or changed it meanwhile: their write wins, and what it says holds.
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Left to its lease: claimed again once the lease is over.
            telemetry.NudgeFailed("error");
            LogNudgeFailed(ExceptionSummary.Of(exception));
        }
    }

    // Kinds and counts only: no keys (they hold user ids), names or text.
    [LoggerMessage(Level = LogLevel.Warning, Message = "A follow-up pass failed; the due nudges stay due. {ExceptionSummary}")]
    private partial void LogPassFailed(string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} nudge names a channel no module serves; it is stopped.")]
    private partial void LogUndeliverable(string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} nudge could not be delivered after every attempt; it is given up. {ExceptionSummary}")]
    private partial void LogGaveUp(string kind, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A nudge's turn failed; it is tried again when its lease ends. {ExceptionSummary}")]
    private partial void LogNudgeFailed(string exceptionSummary);

    /// <summary>The nudge's channel, noting whether delivery failed: the front door logs it and goes on, the dispatcher retries.</summary>
    private sealed class WatchedChannel(IChannel inner) : IChannel
    {
        public Exception? Failure { get; private set; }

        public IReadOnlyCollection<string> Ids => inner.Ids;

        public bool CanPush => inner.CanPush;

        public string ChoiceVerb => inner.ChoiceVerb;

        public bool ShowsTyping => inner.ShowsTyping;

        public bool PreviewsWhileCollecting => inner.PreviewsWhileCollecting;

        public ConversationReference ReferenceOf(Activity inbound) => inner.ReferenceOf(inbound);

        public TurnKind KindOf(Activity inbound, ConversationReference reference) => inner.KindOf(inbound, reference);

        public Task TypingAsync(ConversationReference to, Activity inbound, CancellationToken cancellationToken) => inner.TypingAsync(to, inbound, cancellationToken);

        public async Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
        {
            try
            {
                await inner.DeliverAsync(to, replies, cancellationToken);
            }
            catch (Exception exception)
            {
                Failure = exception;
                throw;
            }
        }

        public IReplyStream OpenStream(ConversationReference to, Activity inbound) => inner.OpenStream(to, inbound);

        public bool Refused(Exception exception) => inner.Refused(exception);

        public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
            inner.OpenPersonalConversationAsync(member, cancellationToken);
    }
}
