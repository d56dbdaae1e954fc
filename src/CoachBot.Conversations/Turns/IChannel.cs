using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Turns;

/// <summary>
/// One channel (Teams and the Bot Framework, the web chat, the terminal, later Slack), as the front door
/// (<see cref="TurnRunner"/>) sees it: it reads its own facts into a <see cref="ConversationReference"/>,
/// translates its own lifecycle shapes into a <see cref="TurnKind"/>, and renders and delivers the
/// dialogs' neutral replies itself (Teams cards, SSE frames, terminal text). The coaching never asks which
/// channel it is on, and the engine never sees a rendered reply.
/// </summary>
public interface IChannel
{
    /// <summary>
    /// The channel ids (key spaces) this channel serves, as stored in a <see cref="ConversationReference"/>:
    /// <see cref="ChannelRegistry"/> finds the channel of a stored conversation by them. No two channels share one.
    /// </summary>
    IReadOnlyCollection<string> Ids { get; }

    /// <summary>The conversation an inbound activity belongs to, with the channel's own facts filled in.</summary>
    ConversationReference ReferenceOf(Activity inbound) => ConversationReference.From(inbound);

    /// <summary>
    /// What an inbound activity is in the engine's terms: a message, one of the neutral lifecycle events, or
    /// nothing the bot handles. <see cref="TurnKind.Unreachable"/> and <see cref="TurnKind.Continued"/> are
    /// the engine's own and never come from outside.
    /// </summary>
    TurnKind KindOf(Activity inbound, ConversationReference reference) =>
        inbound.Type == ActivityTypes.Message ? TurnKind.Message : TurnKind.None;

    /// <summary>Whether this channel can deliver without a request waiting for the answer (push).</summary>
    bool CanPush { get; }

    /// <summary>
    /// How a person picks a choice here, as the verb a question uses ("or {verb} \"Skip\""): "tap" only
    /// where the screen is touched, "type" in a terminal.
    /// </summary>
    string ChoiceVerb => "choose";

    /// <summary>Whether this channel shows a typing indicator, sent when a pushed turn starts.</summary>
    bool ShowsTyping => false;

    /// <summary>Shows the person that the bot is working on <paramref name="inbound"/>.</summary>
    Task TypingAsync(ConversationReference to, Activity inbound, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Renders the turn's neutral replies as this channel shows them best and sends them, in order (a
    /// reply with a stream ends that stream). Throws when the channel refused or did not answer.
    /// </summary>
    Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken);

    /// <summary>A stream that shows a reply while it is written; a channel that cannot stream shows the final one only.</summary>
    IReplyStream OpenStream(ConversationReference to, Activity inbound) => new BufferedReplyStream();

    /// <summary>
    /// Whether this channel shows a stream's previews even while the turn's replies are collected for the
    /// response (the web chat answers with server-sent events: previews first, then the replies).
    /// </summary>
    bool PreviewsWhileCollecting => false;

    /// <summary>Whether <paramref name="exception"/>, from a delivery, says the person blocked or removed the bot: nothing more may be sent to them unasked.</summary>
    bool Refused(Exception exception) => false;

    /// <summary>
    /// Whether <paramref name="exception"/>, from a delivery, says the conversation no longer exists (Teams:
    /// <c>ConversationNotFound</c>): the person may still be reached in a personal conversation opened anew.
    /// </summary>
    bool ConversationGone(Exception exception) => false;

    /// <summary>Opens (or finds) the personal conversation with the person of <paramref name="member"/>.</summary>
    Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken);
}

/// <summary>
/// One neutral reply of a turn (<see cref="OutboundReply"/>: text, choices, a draft, a list, a file), the
/// activity it answers (where a channel that speaks the Activity protocol addresses it), and the stream it
/// ends, if any. Each channel renders it in its own terms.
/// </summary>
public sealed record Reply(OutboundReply Message, Activity InReplyTo, IReplyStream? Stream = null);

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
