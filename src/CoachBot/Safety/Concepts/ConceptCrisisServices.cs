namespace CoachBot.Safety.Concepts;

public static class ConceptCrisisServices
{
    /// <summary>
    /// <c>CoachBot:Safety:Concepts:Enabled</c>: the concept layer is on unless this says false (to measure the
    /// other layers without it; a deployment has no reason to turn a safety layer off).
    /// </summary>
    public const string EnabledKey = "CoachBot:Safety:Concepts:Enabled";

    /// <summary>
    /// The concept crisis assessor, asked after those registered before this call. Its weights load when the
    /// app starts: a missing, damaged or stale file stops start-up with the command that regenerates it.
    /// </summary>
    public static IServiceCollection AddConceptCrisisAssessor(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            return services;
        }

        services.AddSingleton(_ => ConceptWeights.Load(ConceptCrisisAssessor.DefaultWeightsPath));
        services.AddSingleton<ConceptCrisisAssessor>();
        services.AddSingleton<ISafetyAssessor>(sp => sp.GetRequiredService<ConceptCrisisAssessor>());
        services.AddHostedService<LoadAtStartup<ConceptCrisisAssessor>>();
        return services;
    }
}
