namespace CoachBot.Safety.Grams;

public static class GramCrisisServices
{
    /// <summary>
    /// <c>CoachBot:Safety:Grams:Enabled</c>: the n-gram layer is on unless this says false (to measure the other
    /// layers without it; a deployment has no reason to turn a safety layer off).
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
        services.AddSingleton<GramCrisisAssessor>();
        services.AddSingleton<ISafetyAssessor>(sp => sp.GetRequiredService<GramCrisisAssessor>());
        services.AddHostedService<GramWeightsStartupCheck>();
        return services;
    }
}

/// <summary>Loads the n-gram weights when the app starts: a failure stops start-up with the cause.</summary>
public sealed class GramWeightsStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<GramCrisisAssessor>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
