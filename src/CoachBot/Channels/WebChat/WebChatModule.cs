using CoachBot.Channels.BotFramework;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.WebChat;

/// <summary>
/// The web chat page (<c>wwwroot</c>) and its endpoint, with the browser's identity sealed by Data
/// Protection, whose keys live next to the database.
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
        services.AddDataProtection()
            .SetApplicationName("CoachBot")
            .PersistKeysToFileSystem(DataProtectionKeysFolder(builder.Configuration));
    }

    public void MapTo(WebApplication app)
    {
        CreateForOwnerOnly(DataProtectionKeysFolder(app.Configuration));
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

    /// <summary>Data Protection's keys (which seal the web chat's cookie) live next to the database.</summary>
    private static DirectoryInfo DataProtectionKeysFolder(IConfiguration configuration)
    {
        var database = configuration[$"{CoachBotOptions.Section}:Storage:Sqlite:Path"] is { Length: > 0 } configured ? configured : new SqliteStorageOptions().Path;
        return new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "keys"));
    }

    /// <summary>Created once the storage made its own folder, readable by the owner only like it: the keys unseal every session.</summary>
    private static void CreateForOwnerOnly(DirectoryInfo folder)
    {
        if (folder.Exists)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            folder.Create();
        }
        else
        {
            Directory.CreateDirectory(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
