using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Turns;

/// <summary>The bot's logic for one turn. Written once; every channel calls it.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Delivers the bot's outbound activities to the channel the turn came from.</summary>
public interface IActivitySender
{
    Task SendAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>One inbound activity being handled, and the way back to whoever sent it.</summary>
public sealed class TurnContext(Activity activity, IActivitySender sender, TimeProvider clock)
{
    private readonly List<Activity> sent = [];

    public Activity Activity { get; } = activity;
    public TimeProvider Clock { get; } = clock;
    public IReadOnlyList<Activity> Sent => sent;

    /// <summary>The message text, trimmed; empty when there is none.</summary>
    public string Text => Activity.Text?.Trim() ?? string.Empty;

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Activity.CreateReply(text), cancellationToken);

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        sent.Add(reply);
        await sender.SendAsync(reply, cancellationToken);
    }
}
