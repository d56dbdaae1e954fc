using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Privacy;
using Microsoft.Extensions.Logging;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// The turn pipeline: inbound activity → turn context → the bot → outbound activities through the
/// channel's sender, one turn per conversation at a time. With <c>expectReplies</c> the replies are
/// collected and returned instead of sent.
/// </summary>
public sealed partial class TurnRunner(IBot bot, ConversationGate gate, TimeProvider clock, ILogger<TurnRunner> logger)
{
    public const string ErrorMessage = "Sorry, something went wrong on my side. What you've told me so far is saved; please try that again in a moment.";

    /// <returns>The replies when the activity asked for <c>expectReplies</c>; otherwise an empty list.</returns>
    public async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, IActivitySender sender, CancellationToken cancellationToken)
    {
        var collected = activity.DeliveryMode == DeliveryModes.ExpectReplies ? new CollectingSender() : null;
        var turn = new TurnContext(activity, collected ?? sender, clock);
        var conversationKey = $"{activity.ChannelId}/{activity.Conversation?.Id}";

        using (await gate.EnterAsync(conversationKey, cancellationToken))
        {
            try
            {
                await bot.OnTurnAsync(turn, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // State is saved only at the end of a successful turn, so what the person said before stays intact.
                LogTurnFailed(activity.Id, activity.ChannelId, activity.Type, activity.From?.Id, ExceptionSummary.Of(exception));
                await TrySendErrorAsync(turn);
            }
        }

        return collected?.Activities ?? [];
    }

    private async Task TrySendErrorAsync(TurnContext turn)
    {
        try
        {
            await turn.SendAsync(ErrorMessage, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogErrorReplyFailed(turn.Activity.Id, turn.Activity.ChannelId, ExceptionSummary.Of(exception));
        }
    }

    // Ids only, and the user id hashed: no text, names or exception messages (see ExceptionSummary).
    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed: activity {ActivityId} of type {ActivityType} on channel {ChannelId} from user {UserId}. {ExceptionSummary}")]
    private partial void LogTurnFailed(string? activityId, string? channelId, string? activityType, [PersonalIdentifier] string? userId, string exceptionSummary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the person that activity {ActivityId} on channel {ChannelId} failed. {ExceptionSummary}")]
    private partial void LogErrorReplyFailed(string? activityId, string? channelId, string exceptionSummary);

    private sealed class CollectingSender : IActivitySender
    {
        public List<Activity> Activities { get; } = [];

        public Task SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Activities.Add(activity);
            return Task.CompletedTask;
        }
    }
}
