using CoachBot.Channels.WebChat;

namespace CoachBot.Channels;

/// <summary>The web chat page's channel: the neutral output goes back in the response as it is (see <see cref="WebChatEndpoint"/>).</summary>
public sealed class WebChatChannel() : AnsweringChannel(WebChatEndpoint.ChannelId);
