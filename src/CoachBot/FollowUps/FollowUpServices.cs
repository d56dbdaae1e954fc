using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.FollowUps;

public static class FollowUpServices
{
    /// <summary>Follow-up nudges: their options (<c>CoachBot:FollowUps</c>, checked at start), the coaching's side, and the dispatcher.</summary>
    public static WebApplicationBuilder AddFollowUps(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FollowUpOptions>()
            .BindConfiguration(FollowUpOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<NudgeTurns>();
        builder.Services.AddSingleton<FollowUpDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<FollowUpDispatcher>());
        return builder;
    }
}
