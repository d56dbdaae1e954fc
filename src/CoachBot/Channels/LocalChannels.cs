using CoachBot.Channels.Terminal;
using CoachBot.Channels.WebChat;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels;

/// <summary>
/// A channel whose replies always go back in the response to the person's request (the web chat page,
/// the terminal): it shows the neutral output as it is and cannot push.
/// </summary>
public abstract class AnsweringChannel(string channelId) : IChannel
{
    string IChannel.ChoiceVerb => ChoiceVerb;

    /// <summary>See <see cref="IChannel.ChoiceVerb"/>.</summary>
    public virtual string ChoiceVerb => "choose";

    public bool Serves(string id) => id == channelId;

    public bool CanPush => false;

    public Task<string?> SendAsync(ConversationReference to, Activity rendered, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This channel answers in the response only.");

    public Task UpdateAsync(ConversationReference to, string activityId, Activity rendered, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This channel answers in the response only.");

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
        Task.FromResult(member);
}

public sealed class WebChatChannel() : AnsweringChannel(WebChatEndpoint.ChannelId);

/// <summary>The terminal shows choices as a numbered list, so a person types one.</summary>
public sealed class TerminalChannel() : AnsweringChannel(TerminalChat.ChannelId)
{
    public override string ChoiceVerb => "type";
}
