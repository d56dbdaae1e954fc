using CoachBot.Safety.Concepts;

namespace CoachBot.Safety.Grams;

public static class GramCrisisServices
{
    /// <summary>
    /// <c>CoachBot:Safety:Grams:Enabled</c>: the n-gram layer is on unless this says false (it raised fresh-4's other
    /// languages from 66 to 74 %; see bench/README.md, "Character n-grams").
    /// </summary>
    public const string EnabledKey = "CoachBot:Safety:Grams:Enabled";

    /// <summary>
    /// The n-gram crisis assessor, asked after those registered before this call. Its weights load when the app
    /// starts: a missing, damaged or stale file stops start-up with the command that regenerates it.
    /// </summary>
    public static IServiceCollection AddGramCrisisAssessor(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            return services;
        }

        services.AddSingleton(_ => new GramClassifier(GramWeights.Load(GramCrisisAssessor.DefaultWeightsPath)));
        services.AddGramLayer();
        // With the concept layer on: the two layers' checks read together (CorroboratedCrisisAssessor).
        if (services.Any(service => service.ServiceType == typeof(ConceptWeights)))
        {
            services.AddSingleton<ISafetyAssessor, CorroboratedCrisisAssessor>();
        }

        return services;
    }

    /// <summary>The layer over the <see cref="GramClassifier"/> registered (the shipped one, or a test's).</summary>
    public static IServiceCollection AddGramLayer(this IServiceCollection services)
    {
        services.AddSingleton<GramCrisisAssessor>();
        services.AddSingleton<ISafetyAssessor>(sp => sp.GetRequiredService<GramCrisisAssessor>());
        services.AddHostedService<LoadAtStartup<GramCrisisAssessor>>();
        return services;
    }
}
