using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;

namespace CoachBot.Conversations.Turns;

/// <summary>The bot's logic for one turn. Written once; every channel calls it.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>
/// One inbound activity being handled. Replies are held until the turn has finished (and saved its
/// state), then delivered: a turn that fails half-way shows only its apology, never the question it was
/// about to ask.
/// </summary>
public sealed class TurnContext(Activity activity, ConversationReference reference, IChannel channel, TimeProvider clock)
{
    private readonly List<(OutboundReply Reply, IReplyStream? Stream)> replies = [];
    private readonly List<string> personalEvents = [];
    private Func<CancellationToken, Task<TurnWrite>>? compose;

    public Activity Activity { get; } = activity;

    /// <summary>What this turn is, as its channel (or the engine) says: the bot routes on this, never on a channel's shapes.</summary>
    public TurnKind Kind { get; init; } = activity.Type == ActivityTypes.Message ? TurnKind.Message : TurnKind.None;

    /// <summary>The name of the engine's proactive event, for a <see cref="TurnKind.Continued"/> turn; null otherwise.</summary>
    public string? EventName => Kind == TurnKind.Continued ? Activity.Name : null;

    /// <summary>The id this turn is de-duplicated by: the activity's, or the proactive caller's.</summary>
    public string? Id { get; init; } = activity.Id;

    /// <summary>The conversation's state, read by the front door before the bot runs and committed after it.</summary>
    public StateDocument? Conversation { get; internal set; }

    /// <summary>The conversation's state as the bot's type.</summary>
    public StateDocument<T> ConversationState<T>() where T : class =>
        Conversation as StateDocument<T> ?? throw new InvalidOperationException("This turn has no conversation state of that type.");

    /// <summary>
    /// What the turn writes besides the conversation's state, asked for when the front door commits (and
    /// again after a conflict the write accepts). Without it, only the conversation's state is written.
    /// </summary>
    public void OnCommit(Func<CancellationToken, Task<TurnWrite>> write) => compose = write;

    internal Task<TurnWrite> ComposeAsync(CancellationToken cancellationToken) =>
        compose?.Invoke(cancellationToken) ?? Task.FromResult(TurnWrite.ConversationOnly);

    internal IChannel Channel => channel;
    public ConversationReference Reference { get; } = reference;
    public TimeProvider Clock { get; } = clock;

    /// <summary>The replies of this turn so far, in order, as activities of the Activity protocol.</summary>
    public IReadOnlyList<Activity> Sent => replies.ConvertAll(entry => ActivityReplies.ToActivity(entry.Reply, Activity));

    /// <summary>The replies of this turn so far, in order, as the dialogs wrote them.</summary>
    public IReadOnlyList<OutboundReply> Said => replies.ConvertAll(entry => entry.Reply);

    /// <summary>How a person picks a choice on this channel ("choose", "type"), for questions that name a button.</summary>
    public string ChoiceVerb => channel.ChoiceVerb;

    /// <summary>The message text, trimmed; empty when there is none.</summary>
    public string Text => Activity.Text?.Trim() ?? string.Empty;

    internal IReadOnlyList<(OutboundReply Reply, IReplyStream? Stream)> Replies => replies;

    /// <summary>Whether the replies go back in the response rather than being pushed to the channel.</summary>
    internal bool Collecting { get; init; }

    public Task SendAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(new TextReply(text), cancellationToken);

    /// <summary>Adds a reply, delivered when the turn is done; each channel renders it in its own terms.</summary>
    public Task SendAsync(OutboundReply reply, CancellationToken cancellationToken)
    {
        replies.Add((reply, null));
        return Task.CompletedTask;
    }

    /// <summary>Asks <paramref name="question"/>, offering <paramref name="choices"/>.</summary>
    public Task AskAsync(string question, IReadOnlyList<string> choices, CancellationToken cancellationToken) =>
        SendAsync(new ChoicesReply(question, choices) { ExpectsAnswer = true }, cancellationToken);

    /// <summary>Shows a draft to copy, with its e-mail subject when there is one.</summary>
    public Task SendDraftAsync(string text, string draft, string? subject, CancellationToken cancellationToken) =>
        SendAsync(new DraftReply(text, draft, subject), cancellationToken);

    /// <summary>An introduction and its items, as a list.</summary>
    public Task SendListAsync(string text, IReadOnlyList<string> items, CancellationToken cancellationToken) =>
        SendAsync(new ListReply(text, items), cancellationToken);

    /// <summary>A file for the person (the export of their data).</summary>
    public Task SendFileAsync(string text, string fileName, string contentType, System.Text.Json.JsonElement content, CancellationToken cancellationToken) =>
        SendAsync(new FileReply(text, fileName, contentType, content), cancellationToken);

    /// <summary>
    /// Adds a reply a dialog built as an activity (text, suggested actions, a draft or a file attachment):
    /// it leaves the turn as the neutral reply it stands for (<see cref="ActivityReplies.FromActivity"/>).
    /// </summary>
    public Task SendAsync(Activity reply, CancellationToken cancellationToken) =>
        SendAsync(ActivityReplies.FromActivity(reply), cancellationToken);

    /// <summary>
    /// A stream that shows a reply while it is written (a draft from a model, say). End it with
    /// <see cref="SendAsync(OutboundReply, IReplyStream, CancellationToken)"/>.
    /// </summary>
    public IReplyStream OpenStream()
    {
        StreamOpened = true;
        return Collecting && !channel.PreviewsWhileCollecting ? new BufferedReplyStream() : channel.OpenStream(Reference, Activity);
    }

    /// <summary>Whether a reply stream has opened, which shows the person progress by itself.</summary>
    internal bool StreamOpened { get; private set; }

    /// <summary>The final message of <paramref name="stream"/>: delivered with the turn's other replies, as the stream's end.</summary>
    public Task SendAsync(OutboundReply final, IReplyStream stream, CancellationToken cancellationToken)
    {
        replies.Add((final, stream));
        return Task.CompletedTask;
    }

    /// <summary>The final message of <paramref name="stream"/>, built by a dialog as an activity.</summary>
    public Task SendAsync(Activity final, IReplyStream stream, CancellationToken cancellationToken) =>
        SendAsync(ActivityReplies.FromActivity(final), stream, cancellationToken);

    /// <summary>
    /// After this turn, open a personal conversation with the person and continue it with
    /// <paramref name="eventName"/>: for a shared conversation, where nothing personal belongs.
    /// </summary>
    public void ContinueInPersonalChat(string eventName) => personalEvents.Add(eventName);

    internal IReadOnlyList<string> PersonalEvents => personalEvents;

    internal void DiscardReplies()
    {
        replies.Clear();
        personalEvents.Clear();
        compose = null;
    }
}
