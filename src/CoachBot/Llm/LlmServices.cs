using CoachBot.Coaching.Drafting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

public static class LlmServices
{
    /// <summary>
    /// The model-backed drafter, reader, reviewer and reflection, used when <c>CoachBot:Llm:Provider</c>
    /// is set; otherwise, and whenever the model fails, the built-in ones. Decided when first resolved,
    /// so configuration added after this call counts.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LlmUsage>();
        services.AddSingleton<PersonRateLimit>();
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton(sp => ChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp));
        services.AddSingleton<ModelCalls>();
        services.AddSingleton<BuiltInDrafter>();
        services.AddSingleton<ModelDrafter>();
        services.AddSingleton<IReplyDrafter>(sp => Enabled(sp) ? sp.GetRequiredService<ModelDrafter>() : sp.GetRequiredService<BuiltInDrafter>());
        return services;
    }

    private static bool Enabled(IServiceProvider services) => services.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled;
}
