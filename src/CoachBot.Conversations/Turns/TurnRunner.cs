using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Telemetry;
using Microsoft.Extensions.Logging;

namespace CoachBot.Conversations.Turns;

/// <summary>How a turn that came in through the front door ended.</summary>
public enum TurnStatus
{
    /// <summary>Run (or answered with the apology when the bot failed); its replies delivered or returned.</summary>
    Done,

    /// <summary>Not taken in: too many turns waiting, or the channel's delivery budget is spent (answer 503).</summary>
    Busy,

    /// <summary>The conversation belongs to someone else (another person, or it is not shared): nothing was read or changed.</summary>
    Refused,

    /// <summary>A turn with this id was handled already (a channel's retry): nothing was run again.</summary>
    Duplicate,
}

/// <summary>A turn's end, and its neutral replies when they were collected for the response.</summary>
public sealed record TurnOutcome(TurnStatus Status, IReadOnlyList<Reply> Neutral)
{
    /// <summary>The collected replies as activities of the Activity protocol (the web chat's JSON; Bot Framework renders further).</summary>
    public IReadOnlyList<Activity> Replies => [.. Neutral.Select(reply => ActivityReplies.ToActivity(reply.Message, reply.InReplyTo))];

    public static TurnOutcome Busy { get; } = new(TurnStatus.Busy, []);
    public static TurnOutcome Refused { get; } = new(TurnStatus.Refused, []);
}

/// <summary>
/// The front door: every turn comes in here, one of three ways (<see cref="AnswerAsync"/> answers in the
/// response, <see cref="TryStart"/> acknowledges and runs in the background, <see cref="ContinueAsync(ConversationReference, string, JsonElement?, string?, CancellationToken)"/>
/// continues a stored conversation proactively), and each goes the same way: admission (a place among
/// the turns in the house, and for a pushed turn one in its channel's <see cref="DeliveryBudget"/>),
/// shutdown tracking (<see cref="BackgroundTurns"/>), the conversation's place in line
/// (<see cref="ConversationGate"/>), then load → checks (the conversation is the caller's; the turn's id is
/// new) → bot → commit, and only then deliver. The admission place is given back once the commit is done:
/// delivery waits on the channel, which only holds its own conversation and its channel's budget.
/// </summary>
public sealed partial class TurnRunner(
    IBot bot, ConversationGate gate, TimeProvider clock, ILogger<TurnRunner> logger, TurnAdmission? admission = null,
    IConversationStates? states = null, ChannelRegistry? channels = null, BackgroundTurns? turns = null, DeliveryBudget? deliveries = null,
    CoachBotTelemetry? telemetry = null)
{
    public const string ErrorMessage = "Sorry, something went wrong on my side. What you've told me so far is saved; please try that again in a moment.";

    /// <summary>Said instead of <see cref="ErrorMessage"/> when the turn could not be saved: nothing of it was kept.</summary>
    public const string StorageUnavailableMessage = "Sorry, I can't save anything right now, so I didn't take in your last message. Everything you told me before it is safe. Please send it again in a few minutes.";

    private readonly TurnAdmission admission = admission ?? TurnAdmission.Unlimited();
    private readonly DeliveryBudget deliveries = deliveries ?? DeliveryBudget.Unlimited();
    private readonly BackgroundTurns turns = turns ?? new BackgroundTurns();

    /// <summary>
    /// The way in that answers in the response: runs the turn now and returns its neutral replies when they
    /// are collected (<c>expectReplies</c>, or a channel that cannot push); otherwise pushes them, and returns once they are delivered.
    /// </summary>
    public Task<TurnOutcome> AnswerAsync(Activity activity, IChannel channel, CancellationToken cancellationToken)
    {
        var turn = Inbound(activity, channel);
        if (turn.Kind == TurnKind.None)
        {
            return Task.FromResult(new TurnOutcome(TurnStatus.Done, []));
        }

        if (Admit(turn) is not { } pass)
        {
            return Task.FromResult(TurnOutcome.Busy);
        }

        var running = RunAsync(turn, pass, gate.EnterAsync(turn.Reference.Key, cancellationToken), cancellationToken);
        turns.Track(running, () => { });
        return running;
    }

    /// <summary>For callers that only want the replies (the terminal, tests): <see cref="AnswerAsync"/>.</summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, IChannel channel, CancellationToken cancellationToken) =>
        (await AnswerAsync(activity, channel, cancellationToken)).Replies;

    /// <summary>
    /// The way in that acknowledges at once (normal delivery): takes the activity's place in its
    /// conversation's line now, in arrival order, and runs the turn in the background when its time comes.
    /// </summary>
    /// <returns>False when the turn is not taken in (too many waiting, or its channel's delivery budget is spent): answer 503, and the channel retries.</returns>
    public bool TryStart(Activity activity, IChannel channel)
    {
        var turn = Inbound(activity, channel);
        if (turn.Kind == TurnKind.None)
        {
            return true;
        }

        if (Admit(turn) is not { } pass)
        {
            return false;
        }

        var entering = gate.EnterAsync(turn.Reference.Key, turns.Abandoned);
        turns.Track(RunInBackgroundAsync(turn, pass, entering), () => { });
        return true;
    }

    /// <summary>
    /// The proactive way in: continues a stored conversation with an event named <paramref name="eventName"/>,
    /// through its channel as the registry finds it by the reference's channel id, and the same admission,
    /// gate, checks, bot, commit and delivery as a person's message.
    /// </summary>
    /// <param name="id">The caller's id for this turn (a nudge's id): a second call with it runs nothing.</param>
    public Task<TurnOutcome> ContinueAsync(ConversationReference reference, string eventName, JsonElement? value, string? id, CancellationToken cancellationToken)
    {
        var channel = channels?.Find(reference.ChannelId)
            ?? throw new InvalidOperationException($"No channel serves the channel id '{reference.ChannelId}'.");
        return ContinueAsync(reference, eventName, value, channel, cancellationToken, id);
    }

    /// <summary>The proactive way in, through a channel given by the caller.</summary>
    public Task<TurnOutcome> ContinueAsync(ConversationReference reference, string eventName, JsonElement? value, IChannel channel, CancellationToken cancellationToken, string? id = null)
    {
        var activity = reference.ToEvent(eventName, value, clock.GetUtcNow());
        var turn = new TurnContext(activity, reference, channel, clock) { Kind = TurnKind.Continued, Id = id, Collecting = !channel.CanPush };
        if (Admit(turn) is not { } pass)
        {
            return Task.FromResult(TurnOutcome.Busy);
        }

        var running = RunAsync(turn, pass, gate.EnterAsync(reference.Key, cancellationToken), cancellationToken);
        turns.Track(running, () => { });
        return running;
    }

    private TurnContext Inbound(Activity activity, IChannel channel)
    {
        var reference = channel.ReferenceOf(activity);
        return new TurnContext(activity, reference, channel, clock)
        {
            Kind = channel.KindOf(activity, reference),
            Collecting = activity.DeliveryMode == DeliveryModes.ExpectReplies || !channel.CanPush,
        };
    }

    /// <summary>A place among the turns in the house and, for a pushed turn, one in its channel's delivery budget; null when either is full.</summary>
    private Pass? Admit(TurnContext turn)
    {
        var pushes = !turn.Collecting;
        if (pushes && !deliveries.TryReserve(turn.Reference.ChannelId))
        {
            telemetry?.TurnTurnedAway(turn.Reference.ChannelId);
            return null;
        }

        if (!admission.TryReserve())
        {
            if (pushes)
            {
                deliveries.Release(turn.Reference.ChannelId);
            }

            telemetry?.TurnTurnedAway(turn.Reference.ChannelId);
            return null;
        }

        return new Pass(admission, pushes ? deliveries : null, turn.Reference.ChannelId) { Admitted = clock.GetTimestamp() };
    }

    private async Task RunInBackgroundAsync(TurnContext turn, Pass pass, ValueTask<IDisposable> entering)
    {
        // The rest runs off the request's thread, so the request is answered now.
        await Task.Yield();
        try
        {
            await RunAsync(turn, pass, entering, turns.Abandoned);
        }
        catch (OperationCanceledException) when (turns.Abandoned.IsCancellationRequested)
        {
            // The host's grace period for shutting down is over.
        }
    }

    private async Task<TurnOutcome> RunAsync(TurnContext turn, Pass pass, ValueTask<IDisposable> entering, CancellationToken cancellationToken)
    {
        TurnOutcome outcome;
        using var span = CoachBotTelemetry.StartTurn(turn.Reference.ChannelId, turn.Kind);
        using (pass)
        {
            using (await entering)
            {
                outcome = await WorkAsync(turn, cancellationToken);
                telemetry?.TurnEnded(turn.Reference.ChannelId, turn.Kind, outcome.Status, clock.GetElapsedTime(pass.Admitted));
                // Committed: the place in the house goes to the next turn; delivery waits on the channel only.
                pass.EndAdmission();
                if (outcome.Status == TurnStatus.Done && !turn.Collecting && await DeliverAsync(turn, cancellationToken) && turn.Kind == TurnKind.Continued)
                {
                    // A message sent unasked was refused: the bot hears of it, in the same turn's place in line.
                    var unreachable = turn.Reference.ToEvent(ConversationEvents.Unreachable, null, clock.GetUtcNow());
                    await WorkAsync(new TurnContext(unreachable, turn.Reference, turn.Channel, clock) { Kind = TurnKind.Unreachable, Id = null, Collecting = true }, cancellationToken);
                }
            }
        }

        // Outside this conversation's line, so a channel that opens the same conversation again cannot wait on itself.
        await ContinueInPersonalChatsAsync(turn, cancellationToken);
        return outcome;
    }

    /// <summary>The turn's own work, with a permit: load, checks, the bot, commit. Its replies are held for delivery.</summary>
    private async Task<TurnOutcome> WorkAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var typing = !turn.Collecting && turn.Channel.ShowsTyping && turn.Kind == TurnKind.Message
            ? TypingIndicator.Start(turn, exception => TypingFailed(turn, exception, cancellationToken), cancellationToken)
            : null;
        await using (typing)
        using (await admission.EnterAsync(cancellationToken))
        {
            try
            {
                if (states is not null && await LoadAsync(turn, cancellationToken) is { } refused)
                {
                    return refused;
                }

                await bot.OnTurnAsync(turn, cancellationToken);
                await CommitAsync(turn, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // State is committed only at the end of a successful turn, so what the person said before stays
                // intact; the replies of the failed turn are dropped, or the person would answer a question
                // whose answer cannot be kept.
                if (exception is StorageUnavailableException)
                {
                    // The disk, not the bot: a warning per turn while it lasts, and /healthz says so too.
                    LogTurnNotSaved(activity.Id, turn.Reference.ChannelId, activity.Type, ExceptionSummary.Of(exception));
                }
                else
                {
                    LogTurnFailed(activity.Id, turn.Reference.ChannelId, activity.Type, turn.Reference.UserId, ExceptionSummary.Of(exception));
                }

                telemetry?.TurnFailed(turn.Reference.ChannelId, storage: exception is StorageUnavailableException);
                turn.DiscardReplies();
                await turn.SendAsync(exception is StorageUnavailableException ? StorageUnavailableMessage : ErrorMessage, CancellationToken.None);
            }
        }

        return new TurnOutcome(TurnStatus.Done, turn.Collecting ? [.. turn.Replies.Select(entry => new Reply(entry.Reply, turn.Activity))] : []);
    }

    /// <summary>Reads the conversation's state into the turn; an outcome when the turn may not run.</summary>
    private async Task<TurnOutcome?> LoadAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var (document, record) = await states!.LoadAsync(turn.Reference.StateKey, cancellationToken);
        if (record.Reference is { } stored && !stored.Admits(turn.Reference))
        {
            LogTurnRefused(turn.Activity.Id, turn.Reference.ChannelId, turn.Activity.Type);
            return TurnOutcome.Refused;
        }

        if (TurnIds.AlreadyHandled(record, turn.Id))
        {
            // A channel's retry (Teams re-sends after about 15 s), or a nudge sent twice: the first one ran and was committed.
            return new TurnOutcome(TurnStatus.Duplicate, []);
        }

        // A person's turn brings the channel's latest facts (a new serviceUrl); the engine's own keep the stored ones.
        record.Reference = turn.Kind is TurnKind.Continued or TurnKind.Unreachable ? record.Reference ?? turn.Reference : turn.Reference;
        // Writing again after removing the bot makes the conversation reachable again; the engine's events do not.
        record.Unreachable = turn.Kind switch
        {
            TurnKind.Message => false,
            TurnKind.Removed or TurnKind.Unreachable => true,
            _ => record.Unreachable,
        };
        turn.Conversation = document;
        return null;
    }

    /// <summary>
    /// Writes the conversation's state and whatever the bot composed, all or nothing; after a conflict the
    /// bot's write accepts, the bot composes again and the commit is tried again: each conflict means
    /// another commit succeeded, so the retries end.
    /// </summary>
    private async Task CommitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Conversation is not { } conversation)
        {
            return;
        }

        while (true)
        {
            var write = await turn.ComposeAsync(cancellationToken);
            if (write.Skip)
            {
                return;
            }

            try
            {
                await states!.Store.SaveAllAsync([conversation, .. write.Documents], write.Deletions, cancellationToken);
                return;
            }
            catch (StorageConflictException conflict) when (write.RetryOn?.Invoke(conflict.Key) == true)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Opens the personal conversations a turn asked for and continues each with its event.</summary>
    private async Task ContinueInPersonalChatsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var eventName in turn.PersonalEvents)
        {
            try
            {
                var personal = await turn.Channel.OpenPersonalConversationAsync(turn.Reference, cancellationToken);
                await ContinueAsync(personal, eventName, null, turn.Channel, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogPersonalChatFailed(turn.Activity.Id, turn.Reference.ChannelId, ExceptionSummary.Of(exception));
            }
        }
    }

    private bool TypingFailed(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        LogDeliveryFailed(turn.Activity.Id, turn.Reference.ChannelId, ExceptionSummary.Of(exception));
        return true;
    }

    /// <returns>Whether the channel refused the replies because the person blocked the bot.</returns>
    private async Task<bool> DeliverAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Replies.Count == 0)
        {
            return false;
        }

        try
        {
            await turn.Channel.DeliverAsync(turn.Reference, [.. turn.Replies.Select(entry => new Reply(entry.Reply, turn.Activity, entry.Stream))], cancellationToken);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The turn's state is saved; the person sees less than was said, and can ask again.
            LogDeliveryFailed(turn.Activity.Id, turn.Reference.ChannelId, ExceptionSummary.Of(exception));
            return turn.Channel.Refused(exception);
        }
    }

    /// <summary>A turn's places in the house and in its channel's delivery budget, each given back once.</summary>
    private sealed class Pass(TurnAdmission admission, DeliveryBudget? deliveries, string channelId) : IDisposable
    {
        private int admitted = 1;
        private int delivering = deliveries is null ? 0 : 1;

        /// <summary>When the turn was taken in (the clock's timestamp): its latency counts from here.</summary>
        public long Admitted { get; init; }

        public void EndAdmission()
        {
            if (Interlocked.Exchange(ref admitted, 0) == 1)
            {
                admission.EndReservation();
            }
        }

        public void Dispose()
        {
            EndAdmission();
            if (Interlocked.Exchange(ref delivering, 0) == 1)
            {
                deliveries!.Release(channelId);
            }
        }
    }

    // Ids only, and the user id hashed: no text, names or exception messages (see ExceptionSummary).
    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed: activity {ActivityId} of type {ActivityType} on channel {ChannelId} from user {UserId}. {ExceptionSummary}")]
    private partial void LogTurnFailed(string? activityId, string? channelId, string? activityType, [PersonalIdentifier] string? userId, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn not saved, the storage cannot write: activity {ActivityId} of type {ActivityType} on channel {ChannelId}. {ExceptionSummary}")]
    private partial void LogTurnNotSaved(string? activityId, string? channelId, string? activityType, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn refused: activity {ActivityId} of type {ActivityType} on channel {ChannelId} names a conversation that is not the caller's.")]
    private partial void LogTurnRefused(string? activityId, string? channelId, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open a personal chat after activity {ActivityId} on channel {ChannelId}. {ExceptionSummary}")]
    private partial void LogPersonalChatFailed(string? activityId, string? channelId, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver the replies to activity {ActivityId} on channel {ChannelId}. {ExceptionSummary}")]
    private partial void LogDeliveryFailed(string? activityId, string? channelId, string exceptionSummary);
}
