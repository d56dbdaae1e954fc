using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Tests.Engine;

/// <summary>A channel that records what is pushed to it (typing indicators, and replies rendered as activities as the web chat does), or fails every delivery.</summary>
public sealed class RecordingChannel(bool broken = false, bool showsTyping = false) : IChannel
{
    public bool ShowsTyping => showsTyping;

    public static RecordingChannel Ignoring => new();

    public List<Activity> Sent { get; } = [];

    /// <summary>How many deliveries were tried (each with all of a turn's replies).</summary>
    public int Attempts { get; private set; }

    public bool CanPush => true;

    public IReadOnlyCollection<string> Ids => ["test"];

    public Task TypingAsync(ConversationReference to, Activity inbound, CancellationToken cancellationToken)
    {
        var typing = inbound.CreateReply();
        typing.Type = ActivityTypes.Typing;
        Sent.Add(typing);
        return Task.CompletedTask;
    }

    public Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        Attempts++;
        if (broken)
        {
            throw new HttpRequestException("The channel is down.");
        }

        Sent.AddRange(replies.Select(reply => ActivityReplies.ToActivity(reply.Message, reply.InReplyTo)));
        return Task.CompletedTask;
    }

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
        Task.FromResult(member with { ConversationId = $"personal-{member.UserId}", ConversationType = ConversationTypes.Personal });
}
