using CoachBot.Channels.WebChat;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels;

/// <summary>The web chat page's channel: the replies go back in the response (see <see cref="WebChatEndpoint"/>).</summary>
public sealed class WebChatChannel() : AnsweringChannel(WebChatEndpoint.ChannelId)
{
    /// <summary>
    /// The neutral replies as the page reads them, in the JSON body or the <c>replies</c> event: activities
    /// with choices as buttons (suggested actions), a draft or a file as an attachment of CoachBot's own content type.
    /// </summary>
    public static ExpectedReplies Render(IReadOnlyList<Reply> replies) =>
        new() { Activities = [.. replies.Select(reply => ActivityReplies.ToActivity(reply.Message, reply.InReplyTo))] };
}
