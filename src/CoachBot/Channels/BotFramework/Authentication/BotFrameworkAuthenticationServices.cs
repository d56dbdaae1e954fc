using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework.Authentication;

public static class BotFrameworkAuthenticationServices
{
    /// <summary>
    /// <see cref="BotFrameworkOptions"/> from the root keys and <c>CoachBot:BotFramework</c>, checked at
    /// start-up, and the <see cref="BotFrameworkAuthenticator"/> that <c>/api/messages</c> calls.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkOptions();
        services.AddSingleton<BotFrameworkAuthenticator>();
        return services;
    }
}
