using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// One channel (Teams and the Bot Framework, the web chat, the terminal, later Slack): it reads its own
/// facts into a <see cref="ConversationReference"/>, renders the dialogs' neutral output natively (text
/// with line breaks, choices as suggested actions, a draft attachment) and delivers it. The coaching never
/// asks which channel it is on.
/// </summary>
public interface IChannel
{
    /// <summary>Whether this channel serves activities with <paramref name="channelId"/>.</summary>
    bool Serves(string channelId);

    /// <summary>The conversation an inbound activity belongs to, with the channel's own facts filled in.</summary>
    ConversationReference ReferenceOf(Activity inbound) => ConversationReference.From(inbound);

    /// <summary>The activity as this channel shows it best; the neutral one goes in, a new one comes out.</summary>
    Activity Render(Activity neutral) => neutral;

    /// <summary>Whether this channel can deliver without a request waiting for the answer (push).</summary>
    bool CanPush { get; }

    /// <summary>
    /// How a person picks a choice here, as the verb a question uses ("or {verb} \"Skip\""): "tap" only
    /// where the screen is touched, "type" in a terminal.
    /// </summary>
    string ChoiceVerb => "choose";

    /// <summary>Whether this channel shows a typing indicator, sent when a pushed turn starts.</summary>
    bool ShowsTyping => false;

    /// <summary>Sends a rendered activity; returns the id the channel gave it, when it gives one.</summary>
    Task<string?> SendAsync(ConversationReference to, Activity rendered, CancellationToken cancellationToken);

    /// <summary>Replaces a message sent earlier.</summary>
    Task UpdateAsync(ConversationReference to, string activityId, Activity rendered, CancellationToken cancellationToken);

    /// <summary>A stream that shows a reply while it is written; a channel that cannot stream shows the final one only.</summary>
    IReplyStream OpenStream(ConversationReference to, Activity inbound) => new BufferedReplyStream();

    /// <summary>
    /// Whether this channel shows a stream's previews even while the turn's replies are collected for the
    /// response (the web chat answers with server-sent events: previews first, then the replies).
    /// </summary>
    bool PreviewsWhileCollecting => false;

    /// <summary>Whether <paramref name="exception"/>, from a send, says the person blocked or removed the bot: nothing more may be sent to them unasked.</summary>
    bool Refused(Exception exception) => false;

    /// <summary>Opens (or finds) the personal conversation with the person of <paramref name="member"/>.</summary>
    Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken);
}

/// <summary>The events the engine itself sends to the bot.</summary>
public static class ConversationEvents
{
    /// <summary>A message the bot sent unasked was refused: the person blocked or removed it.</summary>
    public const string Unreachable = "conversation/unreachable";
}

/// <summary>A reply shown while it is written. The final message is sent by the turn, after its state is saved.</summary>
public interface IReplyStream
{
    /// <summary>Adds text to what the person sees; previews only, never the committed reply.</summary>
    Task AppendAsync(string text, CancellationToken cancellationToken);

    /// <summary>Ends the stream with the final message (rendered); returns false when the channel wants it sent as an ordinary message instead.</summary>
    Task<bool> CompleteAsync(Activity final, CancellationToken cancellationToken);
}

/// <summary>For channels that cannot stream: nothing is shown until the final message, sent as usual.</summary>
public sealed class BufferedReplyStream : IReplyStream
{
    public Task AppendAsync(string text, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> CompleteAsync(Activity final, CancellationToken cancellationToken) => Task.FromResult(false);
}
