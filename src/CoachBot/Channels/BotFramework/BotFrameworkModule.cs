using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// Teams and Azure Bot Service: the inbound side (<see cref="BotFrameworkEndpoint"/> and its token
/// checks), the outbound side (the Bot Connector and its tokens) and the channel itself.
/// </summary>
public sealed class BotFrameworkModule : IChannelModule
{
    public void AddTo(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotConnector(builder.Configuration);
        services.AddBotFrameworkAuthentication(builder.Configuration);
        services.AddSingleton<BotFrameworkChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<BotFrameworkChannel>());
    }

    /// <exception cref="InvalidOperationException">Anonymous on a public address without <c>CoachBot:AllowAnonymous</c>.</exception>
    public void MapTo(WebApplication app)
    {
        var anonymous = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous;
        ListenAddresses.RefuseAnonymousOnPublicAddress(app, anonymous, app.Services.GetRequiredService<IOptions<CoachBotOptions>>().Value.AllowAnonymous);
        app.MapPost(BotFrameworkEndpoint.Route, BotFrameworkEndpoint.HandleAsync).RequireRateLimiting(ClientRateLimits.Policy);
    }
}
