using Microsoft.Extensions.Options;

namespace CoachBot.Safety.Semantic;

public static class SemanticCrisisServices
{
    /// <summary>
    /// The semantic crisis assessor, asked after the one registered before this call. The model and bank load
    /// at start-up (<see cref="LoadAtStartup{T}"/>), so a missing bank stops the app, not a turn.
    /// </summary>
    public static IServiceCollection AddSemanticCrisisAssessor(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SemanticCrisisOptions>(configuration.GetSection(SemanticCrisisOptions.Section));
        services.AddSingleton(sp => SemanticModel.LoadShared(
            sp.GetRequiredService<IOptions<SemanticCrisisOptions>>().Value.ResolvedExamplesPath,
            sp.GetRequiredService<ILogger<SemanticModel>>()));
        services.AddSingleton<ISafetyAssessor, SemanticCrisisAssessor>();
        services.AddHostedService<LoadAtStartup<SemanticModel>>();
        return services;
    }
}
