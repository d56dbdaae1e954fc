using CoachBot.Channels.BotFramework;
using CoachBot.Channels.Slack;
using CoachBot.Channels.Terminal;
using CoachBot.Channels.WebChat;

namespace CoachBot.Channels;

/// <summary>
/// One channel's folder as hosting sees it: its services and options (one options class, bound with
/// <c>BindConfiguration</c> and checked at start-up), its <see cref="Conversations.Turns.IChannel"/>,
/// and its routes. Adding a channel is a folder and a line in <see cref="ChannelModules.All"/>.
/// </summary>
public interface IChannelModule
{
    /// <summary>Registers the channel's services, its options and its <see cref="Conversations.Turns.IChannel"/>.</summary>
    void AddTo(WebApplicationBuilder builder);

    /// <summary>Checks what must hold before anyone is served, and maps the channel's routes (if it has any).</summary>
    void MapTo(WebApplication app);
}

/// <summary>Every channel CoachBot has; hosting loops over them.</summary>
public static class ChannelModules
{
    public static IReadOnlyList<IChannelModule> All { get; } = [new BotFrameworkModule(), new WebChatModule(), new TerminalModule(), new SlackModule()];
}
