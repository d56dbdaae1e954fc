using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Memory;

public static class MemoryServices
{
    /// <summary>The native heap's periodic trim (<see cref="NativeHeapTrimmer"/>), set by <c>CoachBot:Memory</c>.</summary>
    public static IServiceCollection AddNativeHeapTrimming(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MemoryOptions>(configuration.GetSection(MemoryOptions.Section));
        services.AddHostedService<NativeHeapTrimmer>();
        return services;
    }
}
