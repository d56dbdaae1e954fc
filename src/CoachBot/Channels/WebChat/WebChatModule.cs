using CoachBot.Channels.BotFramework;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// The web chat page (<c>wwwroot</c>) and its endpoint, with the browser's identity sealed by Data
/// Protection, whose keys live with the storage (see <see cref="DataProtectionKeys"/>).
/// </summary>
public sealed class WebChatModule : IChannelModule
{
    public void AddTo(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section)
            .Validate(options => options.SessionLifetime > TimeSpan.Zero, $"{WebChatOptions.Section}:SessionLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton<WebChatOutbox>();
        services.AddSingleton<WebChatChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<WebChatChannel>());
        services.AddSingleton<WebChatIdentity>();
        builder.AddCoachBotDataProtection();
    }

    public void MapTo(WebApplication app)
    {
        app.PrepareDataProtectionKeys();
        var anonymous = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous;
        if (app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled ?? anonymous)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapPost(WebChatEndpoint.Route, WebChatEndpoint.HandleAsync).RequireRateLimiting(ClientRateLimits.Policy);
            app.MapGet(WebChatNudgeEndpoints.Route, WebChatNudgeEndpoints.ListenAsync).RequireRateLimiting(ClientRateLimits.Policy);
            app.MapPost(WebChatNudgeEndpoints.Route + "/ack", WebChatNudgeEndpoints.AcknowledgeAsync).RequireRateLimiting(ClientRateLimits.Policy);
        }
    }
}
