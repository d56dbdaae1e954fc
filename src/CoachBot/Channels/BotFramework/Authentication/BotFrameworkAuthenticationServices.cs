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
        services.AddOptions<BotFrameworkOptions>()
            .Configure(options => options.Bind(configuration))
            .Validate(options => IsMetadataUrl(options.OpenIdMetadataUrl) && IsMetadataUrl(options.EntraOpenIdMetadataUrl),
                $"{BotFrameworkOptions.Section}:OpenIdMetadataUrl and :EntraOpenIdMetadataUrl must be https URLs (plain http only on loopback).")
            .Validate(options => options.IsAnonymous || options.MicrosoftAppType == BotAppType.MultiTenant || options.MicrosoftAppTenantId is not null,
                "A SingleTenant or UserAssignedMSI bot needs MicrosoftAppTenantId.")
            .ValidateOnStart();
        services.AddSingleton<BotFrameworkAuthenticator>();
        return services;
    }

    private static bool IsMetadataUrl(string url) =>
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps) || TokenAuthority.IsLoopbackHttp(url);
}
