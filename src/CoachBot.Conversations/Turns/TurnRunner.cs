using System.Text.Json;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Privacy;
using CoachBot.Conversations.State;
using Microsoft.Extensions.Logging;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// The turn pipeline: inbound activity → turn context → the bot → replies, one turn per conversation
/// at a time. The replies are delivered once the bot is done, so after its state is saved: returned for
/// <c>expectReplies</c> (and channels that cannot push), pushed to the channel otherwise. Only the bot's
/// own work holds a permit of <see cref="TurnAdmission"/>; the typing indicator and the delivery, which
/// wait on the channel, hold only their conversation's place in line.
/// </summary>
public sealed partial class TurnRunner(IBot bot, ConversationGate gate, TimeProvider clock, ILogger<TurnRunner> logger, TurnAdmission? admission = null)
{
    public const string ErrorMessage = "Sorry, something went wrong on my side. What you've told me so far is saved; please try that again in a moment.";

    /// <summary>Said instead of <see cref="ErrorMessage"/> when the turn could not be saved: nothing of it was kept.</summary>
    public const string StorageUnavailableMessage = "Sorry, I can't save anything right now, so I didn't take in your last message. Everything you told me before it is safe. Please send it again in a few minutes.";

    private readonly TurnAdmission admission = admission ?? TurnAdmission.Unlimited();

    /// <returns>The replies when they are collected (<c>expectReplies</c>, or a channel that cannot push); otherwise an empty list.</returns>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, IChannel channel, CancellationToken cancellationToken)
    {
        var reference = channel.ReferenceOf(activity);
        using (await gate.EnterAsync(reference.Key, cancellationToken))
        {
            return await RunEnteredAsync(activity, reference, channel, cancellationToken);
        }
    }

    /// <summary>
    /// Takes the activity's place in its conversation's line at once, in arrival order, and runs the turn
    /// when its time comes; for normal delivery, acknowledged before the turn runs.
    /// </summary>
    public async Task RunInOrderAsync(Activity activity, IChannel channel, CancellationToken cancellationToken)
    {
        var reference = channel.ReferenceOf(activity);
        var entering = gate.EnterAsync(reference.Key, cancellationToken);
        // The rest runs off the request's thread, so the request is answered now.
        await Task.Yield();
        using (await entering)
        {
            await RunEnteredAsync(activity, reference, channel, cancellationToken);
        }
    }

    /// <summary>
    /// The proactive entry: continues a stored conversation with an <c>event</c> named
    /// <paramref name="eventName"/>, through the same gate, bot and state as a person's message.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ContinueAsync(ConversationReference reference, string eventName, JsonElement? value, IChannel channel, CancellationToken cancellationToken)
    {
        var activity = reference.ToEvent(eventName, value, clock.GetUtcNow());
        using (await gate.EnterAsync(reference.Key, cancellationToken))
        {
            return await RunEnteredAsync(activity, reference, channel, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Activity>> RunEnteredAsync(Activity activity, ConversationReference reference, IChannel channel, CancellationToken cancellationToken)
    {
        var collecting = activity.DeliveryMode == DeliveryModes.ExpectReplies || !channel.CanPush;
        var turn = new TurnContext(activity, reference, channel, clock) { Collecting = collecting };
        var typing = !collecting && channel.ShowsTyping && activity.Type == ActivityTypes.Message
            ? await TypingIndicator.StartAsync(turn, channel, exception => TypingFailed(turn, exception, cancellationToken), cancellationToken)
            : null;
        await using (typing)
        using (await admission.EnterAsync(cancellationToken))
        {
            try
            {
                await bot.OnTurnAsync(turn, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // State is saved only at the end of a successful turn, so what the person said before stays
                // intact; the replies of the failed turn are dropped, or the person would answer a question
                // whose answer cannot be kept.
                if (exception is StorageUnavailableException)
                {
                    // The disk, not the bot: a warning per turn while it lasts, and /healthz says so too.
                    LogTurnNotSaved(activity.Id, activity.ChannelId, activity.Type, ExceptionSummary.Of(exception));
                }
                else
                {
                    LogTurnFailed(activity.Id, activity.ChannelId, activity.Type, activity.From?.Id, ExceptionSummary.Of(exception));
                }

                turn.DiscardReplies();
                await turn.SendAsync(exception is StorageUnavailableException ? StorageUnavailableMessage : ErrorMessage, CancellationToken.None);
            }
        }

        var (delivered, refused) = await DeliverAsync(turn, channel, collecting, cancellationToken);
        if (refused && activity.Type == ActivityTypes.Event && activity.Name != ConversationEvents.Unreachable)
        {
            // A message sent unasked was refused: the bot hears of it, in the same turn's place in line.
            var unreachable = reference.ToEvent(ConversationEvents.Unreachable, null, clock.GetUtcNow());
            unreachable.DeliveryMode = DeliveryModes.ExpectReplies;
            await RunEnteredAsync(unreachable, reference, channel, cancellationToken);
        }

        await ContinueInPersonalChatsAsync(turn, channel, cancellationToken);
        return delivered;
    }

    /// <summary>Opens the personal conversations a turn asked for and continues each with its event.</summary>
    private async Task ContinueInPersonalChatsAsync(TurnContext turn, IChannel channel, CancellationToken cancellationToken)
    {
        foreach (var eventName in turn.PersonalEvents)
        {
            try
            {
                var personal = await channel.OpenPersonalConversationAsync(turn.Reference, cancellationToken);
                await ContinueAsync(personal, eventName, null, channel, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogPersonalChatFailed(turn.Activity.Id, turn.Activity.ChannelId, ExceptionSummary.Of(exception));
            }
        }
    }

    private bool TypingFailed(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        LogDeliveryFailed(turn.Activity.Id, turn.Activity.ChannelId, ExceptionSummary.Of(exception));
        return true;
    }

    /// <returns>The collected replies, and whether the channel refused them because the person blocked the bot.</returns>
    private async Task<(IReadOnlyList<Activity> Collected, bool Refused)> DeliverAsync(TurnContext turn, IChannel channel, bool collecting, CancellationToken cancellationToken)
    {
        var collected = new List<Activity>();
        try
        {
            foreach (var (reply, stream) in turn.Replies)
            {
                var rendered = channel.Render(reply);
                if (collecting)
                {
                    collected.Add(rendered);
                }
                else if (stream is null || !await stream.CompleteAsync(rendered, cancellationToken))
                {
                    await channel.SendAsync(turn.Reference, rendered, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The turn's state is saved; the person sees less than was said, and can ask again.
            LogDeliveryFailed(turn.Activity.Id, turn.Activity.ChannelId, ExceptionSummary.Of(exception));
            return (collected, channel.Refused(exception));
        }

        return (collected, false);
    }

    // Ids only, and the user id hashed: no text, names or exception messages (see ExceptionSummary).
    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed: activity {ActivityId} of type {ActivityType} on channel {ChannelId} from user {UserId}. {ExceptionSummary}")]
    private partial void LogTurnFailed(string? activityId, string? channelId, string? activityType, [PersonalIdentifier] string? userId, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn not saved, the storage cannot write: activity {ActivityId} of type {ActivityType} on channel {ChannelId}. {ExceptionSummary}")]
    private partial void LogTurnNotSaved(string? activityId, string? channelId, string? activityType, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open a personal chat after activity {ActivityId} on channel {ChannelId}. {ExceptionSummary}")]
    private partial void LogPersonalChatFailed(string? activityId, string? channelId, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver the replies to activity {ActivityId} on channel {ChannelId}. {ExceptionSummary}")]
    private partial void LogDeliveryFailed(string? activityId, string? channelId, string exceptionSummary);
}
