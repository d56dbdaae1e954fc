using CoachBot.Conversations.Turns;

namespace CoachBot.Channels.Terminal;

/// <summary>The terminal chat (<c>dotnet run -- chat</c>): a channel with no routes, run by <see cref="TerminalChat"/>.</summary>
public sealed class TerminalModule : IChannelModule
{
    public void AddTo(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TerminalChannel>();
        builder.Services.AddSingleton<IChannel>(sp => sp.GetRequiredService<TerminalChannel>());
    }

    public void MapTo(WebApplication app)
    {
    }
}
