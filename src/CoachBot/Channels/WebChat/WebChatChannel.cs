using CoachBot.Channels.WebChat;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels;

/// <summary>
/// The web chat page's channel. A person's turn is answered in the response (see <see cref="WebChatEndpoint"/>);
/// what the bot sends unasked (a follow-up nudge) goes into the conversation's outbox
/// (<see cref="WebChatOutbox"/>), which an open page receives at once and a page opened later finds.
/// </summary>
public sealed class WebChatChannel(WebChatOutbox? outbox = null) : IChannel
{
    public IReadOnlyCollection<string> Ids { get; } = [WebChatEndpoint.ChannelId];

    /// <summary>Pushes into the outbox; without one (a channel made for a test of its rendering), nothing can be sent unasked.</summary>
    public bool CanPush => outbox is not null;

    public TurnKind KindOf(Activity inbound, ConversationReference reference) => ActivityLifecycle.KindOf(inbound, reference);

    public Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        outbox is null
            ? throw new NotSupportedException("This web chat channel answers in the response only.")
            : outbox.AddAsync(to, Render(replies).Activities, cancellationToken);

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
        Task.FromResult(member with { ConversationType = ConversationTypes.Personal });

    /// <summary>
    /// The neutral replies as the page reads them, in the JSON body or the <c>replies</c> event: activities
    /// with choices as buttons (suggested actions), a draft or a file as an attachment of CoachBot's own content type.
    /// </summary>
    public static ExpectedReplies Render(IReadOnlyList<Reply> replies) =>
        new() { Activities = [.. replies.Select(reply => ActivityReplies.ToActivity(reply.Message, reply.InReplyTo))] };
}
