using CoachBot.Conversations.Activities;
using Microsoft.Extensions.Logging;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// The turn pipeline: inbound activity → turn context → the bot → outbound activities through the
/// channel's sender, one turn per conversation at a time. With <c>expectReplies</c> the replies are
/// collected and returned instead of sent.
/// </summary>
public sealed class TurnRunner(IBot bot, ConversationGate gate, TimeProvider clock, ILogger<TurnRunner> logger)
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
                logger.LogError(exception, "Turn failed on channel {ChannelId} for activity type {ActivityType}", activity.ChannelId, activity.Type);
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
            logger.LogWarning(exception, "Could not tell the person that the turn failed");
        }
    }

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
