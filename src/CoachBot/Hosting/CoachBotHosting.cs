using CoachBot.Channels;
using CoachBot.Channels.BotFramework;
using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Channels.WebChat;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Llm;
using CoachBot.Organizations;
using CoachBot.Privacy;
using CoachBot.Safety;
using CoachBot.Safety.Semantic;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

public static class CoachBotHosting
{

    /// <summary>Everything CoachBot needs: storage, the conversation engine, the coaching flow, the channels.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddPrivateLogging();
        services.Configure<CoachBotOptions>(builder.Configuration.GetSection(CoachBotOptions.Section));
        services.Configure<OrganizationsOptions>(builder.Configuration.GetSection(OrganizationsOptions.Section));
        services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Storage, opened and checked at start-up (see MapCoachBot), its health at /healthz
        services.AddSingleton<IStorage>(sp =>
        {
            var sqlite = sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite;
            return new SqliteStorage(sqlite.Path, sp.GetRequiredService<TimeProvider>(), sqlite.Timeout, sqlite.MinFreeMegabytes * 1024L * 1024);
        });
        services.AddSingleton<StateStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

        // Conversation engine: a few turns at once, a bounded number waiting (see TurnAdmission)
        services.AddSingleton<ConversationGate>();
        services.AddSingleton(sp =>
        {
            var coachBot = sp.GetRequiredService<IOptions<CoachBotOptions>>().Value;
            return new TurnAdmission(coachBot.MaxConcurrentTurns, coachBot.MaxWaitingTurns);
        });
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<BackgroundTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());
        services.AddClientRateLimits();
        services.AddSingleton<ConversationRateLimiter>();

        // Safety and privacy
        services.AddSingleton<ISafetyAssessor, CrisisDetector>();
        services.AddSemanticCrisisAssessor(builder.Configuration);
        services.AddSingleton<SafetyGuard>();
        services.AddSingleton<PersonRecords>();
        services.AddSingleton<DataRights>();
        services.AddHostedService<RetentionSweeper>();

        // Coaching
        services.AddSingleton<OrganizationDirectory>();
        services.TryAddSingleton<IMessageReader, BuiltInMessageReader>();
        services.AddLlm();
        services.AddModelMessageReader();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<OwnReplyDialog>();
        services.AddSingleton<ReplyDialog>();
        services.AddSingleton<LateCorrections>();
        services.AddSingleton<FollowUpPlanDialog>();
        services.AddSingleton<CoachingDialog>();
        services.AddSingleton<SharedConversations>();
        services.AddSingleton<IBot, CoachingBot>();
        services.AddModelMessageReader();

        // Channels
        services.AddBotConnector(builder.Configuration);
        services.AddSingleton<BotFrameworkChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<BotFrameworkChannel>());
        services.AddSingleton<WebChatChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<WebChatChannel>());
        services.AddSingleton<WebChatIdentity>();
        services.AddDataProtection()
            .SetApplicationName("CoachBot")
            .PersistKeysToFileSystem(DataProtectionKeysFolder(builder.Configuration));
        services.AddSingleton<IChannel, TerminalChannel>();
        services.AddBotFrameworkAuthentication(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Every route CoachBot serves, in one place. Checks first what must hold before anyone is served: the
    /// storage opens for writing, and an anonymous bot listens on loopback only (unless allowed).
    /// </summary>
    /// <exception cref="StorageUnavailableException">The database cannot be written; the message says why.</exception>
    /// <exception cref="InvalidOperationException">Anonymous on a public address without <c>CoachBot:AllowAnonymous</c>.</exception>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<CoachBotOptions>>().Value;
        var anonymous = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous;
        ListenAddresses.RefuseAnonymousOnPublicAddress(app, anonymous, options.AllowAnonymous);
        app.Services.GetRequiredService<IStorage>();
        CreateForOwnerOnly(DataProtectionKeysFolder(app.Configuration));

        app.UseWebSurfaceHeaders();
        app.UseRateLimiter();
        app.MapPost("/api/messages", BotFrameworkEndpoint.HandleAsync).RequireRateLimiting(ClientRateLimits.Policy);
        app.MapHealthChecks("/healthz");

        if (options.WebChat.Enabled ?? anonymous)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapPost(WebChatEndpoint.Route, WebChatEndpoint.HandleAsync).RequireRateLimiting(ClientRateLimits.Policy);
        }

        return app;
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
