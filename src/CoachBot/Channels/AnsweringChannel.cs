using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.Channels;

/// <summary>
/// A channel whose replies always go back in the response to the person's request (the web chat page,
/// the terminal): it shows the neutral output as it is, cannot push, and speaks the Activity protocol's
/// lifecycle (<see cref="ActivityLifecycle"/>).
/// </summary>
public abstract class AnsweringChannel(string channelId) : IChannel
{
    string IChannel.ChoiceVerb => ChoiceVerb;

    /// <summary>See <see cref="IChannel.ChoiceVerb"/>.</summary>
    public virtual string ChoiceVerb => "choose";

    public IReadOnlyCollection<string> Ids { get; } = [channelId];

    public bool CanPush => false;

    public TurnKind KindOf(Activity inbound, ConversationReference reference) => ActivityLifecycle.KindOf(inbound, reference);

    public Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This channel answers in the response only.");

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) =>
        Task.FromResult(member with { ConversationType = ConversationTypes.Personal });
}
