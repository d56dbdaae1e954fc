namespace CoachBot.Conversations.Turns;

/// <summary>
/// Every channel by the ids it serves: a stored <see cref="ConversationReference"/> finds its channel
/// here (a proactive turn, a nudge). Two channels claiming one id stop the start.
/// </summary>
public sealed class ChannelRegistry
{
    private readonly Dictionary<string, IChannel> byId = new(StringComparer.Ordinal);

    public ChannelRegistry(IEnumerable<IChannel> channels)
    {
        foreach (var channel in channels)
        {
            foreach (var id in channel.Ids)
            {
                if (!byId.TryAdd(id, channel))
                {
                    throw new InvalidOperationException($"Two channels serve the channel id '{id}'.");
                }
            }
        }
    }

    /// <summary>The channel that serves <paramref name="channelId"/>, or null when none does.</summary>
    public IChannel? Find(string channelId) => byId.GetValueOrDefault(channelId);
}
