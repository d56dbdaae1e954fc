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

    /// <summary>No turn was run for the nudge (it changed meanwhile, or could not be moved).</summary>
    private static readonly TurnOutcome NothingRun = new(TurnStatus.Duplicate, []);

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

            // Planned where others read along (a career-office channel), a nudge about a person's own rejection
            // goes to their personal chat, opened for it and remembered for the rest.
            var (outcome, failure) = reference.IsShared
                ? await MoveAndRunAsync(channel, reference, document.Key, nudge.Attempt, null, cancellationToken)
                : await RunTurnAsync(channel, reference, document.Key, nudge.Attempt, cancellationToken);
            if (!reference.IsShared && failure is not null && channel.ConversationGone(failure))
            {
                // The personal chat is gone (Teams: ConversationNotFound): open it anew, remember it, and send there now.
                (outcome, failure) = await MoveAndRunAsync(channel, reference, document.Key, nudge.Attempt, failure, cancellationToken);
            }

            if (outcome.Status == TurnStatus.Refused)
            {
                telemetry.NudgeFailed("refused");
                await nudges.GiveUpAsync(document.Key, cancellationToken);
            }
            else if (failure is not null)
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
            else if (outcome.Status == TurnStatus.Busy)
            {
                // The house is full: the lease runs out and the nudge is claimed again.
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

    /// <summary>The nudge's proactive turn in <paramref name="reference"/>, and the delivery's failure if it failed.</summary>
    private async Task<(TurnOutcome Outcome, Exception? Failure)> RunTurnAsync(
        IChannel channel, ConversationReference reference, string key, int attempt, CancellationToken cancellationToken)
    {
        var watched = new WatchedChannel(channel);
        var value = JsonSerializer.SerializeToElement(new NudgeDue(key, attempt), ActivityJson.Options);
        var outcome = await runner.ContinueAsync(reference, FollowUpEvents.Nudge, value, watched, cancellationToken, FollowUp.TurnId(key, attempt));
        return (outcome, watched.Failure);
    }

    /// <summary>
    /// Opens a personal conversation in place of <paramref name="from"/> (shared, or gone), moves the person's
    /// follow-ups there and runs the nudge in it. When the channel cannot open one, its failure stands (a
    /// refusal stops the nudge, anything else is retried); when the nudge changed meanwhile, nothing runs.
    /// </summary>
    private async Task<(TurnOutcome Outcome, Exception? Failure)> MoveAndRunAsync(
        IChannel channel, ConversationReference from, string key, int attempt, Exception? failure, CancellationToken cancellationToken)
    {
        ConversationReference personal;
        try
        {
            personal = await channel.OpenPersonalConversationAsync(from, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (NothingRun, exception);
        }

        if (personal.Key == from.Key)
        {
            // The channel knows no other conversation with the person: the first failure stands.
            return (NothingRun, failure);
        }

        return await nudges.MoveAsync(key, attempt, from, personal, clock.GetUtcNow(), cancellationToken) is { } next
            ? await RunTurnAsync(channel, personal, key, next, cancellationToken)
            : (NothingRun, null);
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

        public bool ConversationGone(Exception exception) => inner.ConversationGone(exception);

        public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
            inner.OpenPersonalConversationAsync(member, cancellationToken);
    }
}
