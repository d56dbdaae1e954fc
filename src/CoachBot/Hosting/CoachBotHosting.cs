using CoachBot.Channels.BotFramework;
using CoachBot.Channels.WebChat;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.Organizations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

public static class CoachBotHosting
{
    /// <summary>Everything CoachBot needs: storage, the conversation engine, the coaching flow, the channels.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<CoachBotOptions>(builder.Configuration.GetSection(CoachBotOptions.Section));
        services.Configure<OrganizationsOptions>(builder.Configuration.GetSection(OrganizationsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Storage
        services.AddSingleton<IStorage>(sp => new SqliteStorage(
            sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite.Path,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StateStore>();

        // Conversation engine
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<TurnRunner>();

        // Coaching
        services.AddSingleton<OrganizationDirectory>();
        services.TryAddSingleton<IReplyDrafter, BuiltInDrafter>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<CheckInDialog>();
        services.AddSingleton<ReplyDialog>();
        services.AddSingleton<FollowUpPlanDialog>();
        services.AddSingleton<CoachingDialog>();
        services.AddSingleton<IBot, CoachingBot>();

        // Channels
        services.AddHttpClient<ConnectorClient>();
        return builder;
    }

    /// <summary>Every route CoachBot serves, in one place.</summary>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        app.MapPost("/api/messages", BotFrameworkEndpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("ok"));

        if (app.Services.GetRequiredService<IOptions<CoachBotOptions>>().Value.WebChat.Enabled)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapPost("/api/webchat", WebChatEndpoint.HandleAsync);
        }

        return app;
    }
}
