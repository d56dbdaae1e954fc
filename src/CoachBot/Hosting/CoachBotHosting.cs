using CoachBot.Channels;
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
using CoachBot.Storage;
using CoachBot.Telemetry;
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
        services.AddOptions<CoachBotOptions>().BindConfiguration(CoachBotOptions.Section)
            .Validate(options => options.MaxConcurrentTurns > 0 && options.MaxWaitingTurns > 0 && options.MaxDeliveriesPerChannel > 0,
                $"{CoachBotOptions.Section}:MaxConcurrentTurns, :MaxWaitingTurns and :MaxDeliveriesPerChannel must be positive.")
            .ValidateOnStart();
        services.Configure<OrganizationsOptions>(builder.Configuration.GetSection(OrganizationsOptions.Section));
        services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        // Storage, opened and checked at start-up (see MapCoachBot), its health at /healthz
        builder.AddCoachBotStorage();
        services.AddSingleton<StateStore>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");

        // Conversation engine: a few turns at once, a bounded number waiting (see TurnAdmission)
        services.AddSingleton<ConversationGate>();
        services.AddSingleton(sp =>
        {
            var coachBot = sp.GetRequiredService<IOptions<CoachBotOptions>>().Value;
            return new TurnAdmission(coachBot.MaxConcurrentTurns, coachBot.MaxWaitingTurns);
        });
        services.AddSingleton(sp => new DeliveryBudget(sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.MaxDeliveriesPerChannel));
        services.AddSingleton<IConversationStates, ConversationStates<ConversationData>>();
        services.AddSingleton<ChannelRegistry>();
        services.AddSingleton<TurnRunner>();
        builder.AddCoachBotTelemetry();
        services.AddSingleton<BackgroundTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());
        services.AddClientRateLimits();
        services.AddSingleton<ConversationRateLimiter>();
        Memory.MemoryServices.AddNativeHeapTrimming(services, builder.Configuration);

        // Safety and privacy
        services.AddSingleton<ISafetyAssessor, CrisisDetector>();
        services.AddSemanticCrisisAssessor(builder.Configuration);
        Safety.Concepts.ConceptCrisisServices.AddConceptCrisisAssessor(services, builder.Configuration);
        Safety.Grams.GramCrisisServices.AddGramCrisisAssessor(services, builder.Configuration);
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
        FollowUps.FollowUpServices.AddFollowUps(builder);
        services.AddSingleton<FollowUpPlanDialog>();
        services.AddSingleton<CoachingDialog>();
        services.AddSingleton<SharedConversations>();
        services.AddSingleton<IBot, CoachingBot>();

        // Channels: each folder of Channels/ registers itself (see ChannelModules)
        foreach (var module in ChannelModules.All)
        {
            module.AddTo(builder);
        }

        return builder;
    }

    /// <summary>
    /// Every route CoachBot serves, in one place. Checks first what must hold before anyone is served: the
    /// storage opens for writing, and each channel's own conditions (an anonymous bot listens on loopback
    /// only, unless allowed).
    /// </summary>
    /// <exception cref="StorageUnavailableException">The database cannot be written; the message says why.</exception>
    /// <exception cref="InvalidOperationException">Anonymous on a public address without <c>CoachBot:AllowAnonymous</c>.</exception>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        app.Services.GetRequiredService<IStorage>();
        app.Services.GetRequiredService<ChannelRegistry>();
        app.UseWebSurfaceHeaders();
        app.UseRateLimiter();
        app.MapHealthEndpoints();
        foreach (var module in ChannelModules.All)
        {
            module.MapTo(app);
        }

        return app;
    }
}
