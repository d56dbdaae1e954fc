using CoachBot.Coaching.Drafting;
using CoachBot.Coaching.Intake;
using CoachBot.Safety;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

public static class LlmServices
{
    /// <summary>
    /// The model-backed drafter, reader, reviewer and reflection, used when <c>CoachBot:Llm:Provider</c>
    /// is set; otherwise, and whenever the model fails, the built-in ones (at once, without a call, while
    /// <see cref="ModelCircuit"/> is open). Decided when first resolved, so configuration added after this
    /// call counts. Registers the <see cref="ModelHealthCheck"/>, Degraded while the model is failing.
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
        services.TryAddSingleton(TimeProvider.System);
        // One breaker for every conversation, and its state as a health check a readiness endpoint can include.
        services.TryAddSingleton<ModelCircuit>();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(ModelHealthCheck)))
        {
            services.AddSingleton<ModelHealthCheck>();
            services.AddHealthChecks().AddCheck<ModelHealthCheck>(ModelHealthCheck.Name, tags: [ModelHealthCheck.ReadyTag]);
        }

        services.AddSingleton(sp => ChatClientFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp));
        services.AddSingleton<ModelCalls>();
        services.AddSingleton<BuiltInDrafter>();
        services.AddSingleton<ModelDrafter>();
        services.AddSingleton<IReplyDrafter>(sp => Enabled(sp) ? sp.GetRequiredService<ModelDrafter>() : sp.GetRequiredService<BuiltInDrafter>());
        services.AddSingleton<BuiltInReplyReviewer>();
        services.AddSingleton<ModelReviewer>();
        services.AddSingleton<IReplyReviewer>(sp => Enabled(sp) ? sp.GetRequiredService<ModelReviewer>() : sp.GetRequiredService<BuiltInReplyReviewer>());
        services.AddSingleton<BuiltInReflection>();
        services.AddSingleton<ModelReflection>();
        services.AddSingleton<IReflectionWriter>(sp => Enabled(sp) ? sp.GetRequiredService<ModelReflection>() : sp.GetRequiredService<BuiltInReflection>());
        services.AddSingleton<ModelMessageReading>();
        // After the built-in detector, which the safety guard asks first; once, however often this is called.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISafetyAssessor, ModelSafetyAssessor>());
        return services;
    }

    /// <summary>
    /// Puts the model-backed reader in front of whichever built-in <see cref="IMessageReader"/> is
    /// registered (it stays the floor); call after it is registered. Without one, nothing changes; when
    /// the model's reader is already in front, nothing changes either, so the model reads a message once.
    /// </summary>
    public static IServiceCollection AddModelMessageReader(this IServiceCollection services)
    {
        var builtIn = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IMessageReader));
        if (builtIn is null || builtIn.ImplementationFactory?.Target is ModelReaderInFront)
        {
            return services;
        }

        services.Remove(builtIn);
        services.AddSingleton<IMessageReader>(new ModelReaderInFront(builtIn).Create);
        return services;
    }

    /// <summary>The registration of the model's reader, in front of <paramref name="builtIn"/>; its type marks it as done.</summary>
    private sealed class ModelReaderInFront(ServiceDescriptor builtIn)
    {
        public IMessageReader Create(IServiceProvider services)
        {
            var floor = builtIn.ImplementationInstance as IMessageReader
                ?? builtIn.ImplementationFactory?.Invoke(services) as IMessageReader
                ?? (IMessageReader)ActivatorUtilities.CreateInstance(services, builtIn.ImplementationType!);
            return Enabled(services) ? new ModelMessageReader(services.GetRequiredService<ModelMessageReading>(), floor) : floor;
        }
    }

    private static bool Enabled(IServiceProvider services) => services.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled;
}
