using System.Threading.RateLimiting;
using CoachBot.Channels;
using CoachBot.Channels.BotFramework;
using CoachBot.Channels.BotFramework.Authentication;
using CoachBot.Channels.WebChat;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Organizations;
using CoachBot.Privacy;
using CoachBot.Safety;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

public static class CoachBotHosting
{
    private const string TurnAdmission = "turns";

    /// <summary>Everything CoachBot needs: storage, the conversation engine, the coaching flow, the channels.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddPrivateLogging();
        services.Configure<CoachBotOptions>(builder.Configuration.GetSection(CoachBotOptions.Section));
        services.Configure<OrganizationsOptions>(builder.Configuration.GetSection(OrganizationsOptions.Section));
        services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Storage
        services.AddSingleton<IStorage>(sp => new SqliteStorage(
            sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite.Path,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StateStore>();

        // Conversation engine
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton(sp =>
        {
            var coachBot = sp.GetRequiredService<IOptions<CoachBotOptions>>().Value;
            return new BackgroundTurns(sp.GetRequiredService<TurnRunner>(), coachBot.MaxConcurrentTurns, coachBot.MaxWaitingTurns);
        });
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());

        // Safety and privacy
        services.AddSingleton<ISafetyAssessor, CrisisDetector>();
        services.AddSingleton<SafetyGuard>();
        services.AddSingleton<PersonRecords>();
        services.AddSingleton<DataRights>();
        services.AddHostedService<RetentionSweeper>();

        // Coaching
        services.AddSingleton<OrganizationDirectory>();
        services.TryAddSingleton<IReplyDrafter, BuiltInDrafter>();
        services.TryAddSingleton<IMessageReader, BuiltInMessageReader>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<ReplyDialog>();
        services.AddSingleton<FollowUpPlanDialog>();
        services.AddSingleton<CoachingDialog>();
        services.AddSingleton<SharedConversations>();
        services.AddSingleton<IBot, CoachingBot>();

        // Turns are admitted in arrival order, a few at a time: under load no turn waits behind many later
        // ones, which the thread pool's own scheduling does not promise.
        services.AddRateLimiter(limiter => limiter.AddPolicy(TurnAdmission, http =>
            RateLimitPartition.GetConcurrencyLimiter(TurnAdmission, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = http.RequestServices.GetRequiredService<IOptions<CoachBotOptions>>().Value.MaxConcurrentTurns,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })));

        // Channels
        services.AddBotConnector(builder.Configuration);
        services.AddSingleton<BotFrameworkChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<BotFrameworkChannel>());
        services.AddSingleton<WebChatChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<WebChatChannel>());
        services.AddSingleton<IChannel, TerminalChannel>();
        services.AddBotFrameworkAuthentication(builder.Configuration);
        return builder;
    }

    /// <summary>Every route CoachBot serves, in one place.</summary>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapPost("/api/messages", BotFrameworkEndpoint.HandleAsync).RequireRateLimiting(TurnAdmission);
        app.MapGet("/healthz", () => Results.Text("ok"));

        if (app.Services.GetRequiredService<IOptions<CoachBotOptions>>().Value.WebChat.Enabled)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapPost("/api/webchat", WebChatEndpoint.HandleAsync).RequireRateLimiting(TurnAdmission);
        }

        return app;
    }
}
