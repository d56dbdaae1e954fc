using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Tests.Engine;

/// <summary>A channel that records what is pushed to it, or fails every push.</summary>
public sealed class RecordingChannel(bool broken = false, bool showsTyping = false) : IChannel
{
    public bool ShowsTyping => showsTyping;

    public static RecordingChannel Ignoring => new();

    public List<Activity> Sent { get; } = [];

    public int Attempts { get; private set; }

    public bool CanPush => true;

    public bool Serves(string channelId) => true;

    public Task<string?> SendAsync(ConversationReference to, Activity rendered, CancellationToken cancellationToken)
    {
        Attempts++;
        if (broken)
        {
            throw new HttpRequestException("The channel is down.");
        }

        Sent.Add(rendered);
        return Task.FromResult<string?>($"sent-{Sent.Count}");
    }

    public Task UpdateAsync(ConversationReference to, string activityId, Activity rendered, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
        Task.FromResult(member with { ConversationId = $"personal-{member.UserId}", ConversationType = ConversationTypes.Personal });
}
