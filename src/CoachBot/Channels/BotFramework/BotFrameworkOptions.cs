using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// The Bot Framework channel's one options class, inbound and outbound. The bot's identity is the four
/// classic settings every Azure Bot deployment names so, at the root of configuration (<see cref="App"/>,
/// bound from there by name only, so no other root key is read); the rest is <c>CoachBot:BotFramework</c>
/// (<see cref="Section"/>, bound with <c>BindConfiguration</c>, where no key can pose as the identity).
/// Checked at start-up by one set of rules (<see cref="BotFrameworkOptionsValidation"/>). Without an app
/// id the bot runs anonymously, for local development with the Agents Playground or the Emulator. Every
/// key is documented in the README.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "CoachBot:BotFramework";
    public const string DefaultAuthority = "https://login.microsoftonline.com/";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The root keys; not public, so the section's binding never reaches it.</summary>
    internal BotAppIdentity App { get; } = new();

    /// <summary>OpenID metadata of Bot Framework tokens (issuer <c>https://api.botframework.com</c>), whose keys carry endorsements.</summary>
    public string OpenIdMetadataUrl { get; set => field = OrDefault(value, DefaultOpenIdMetadataUrl); } = DefaultOpenIdMetadataUrl;

    /// <summary>OpenID metadata of the Entra ID tokens Azure Bot Service also sends.</summary>
    public string EntraOpenIdMetadataUrl { get; set => field = OrDefault(value, DefaultEntraOpenIdMetadataUrl); } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>The token service's base URL for the bot's outbound tokens (https only, as MSAL requires).</summary>
    public string Authority { get; set => field = OrDefault(value, DefaultAuthority); } = DefaultAuthority;

    /// <summary>A PKCS#12 file whose certificate authenticates the app instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of that file, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary><c>MicrosoftAppId</c>: the bot's app (client) id; for UserAssignedMSI, the identity's client id. Null: anonymous.</summary>
    public string? MicrosoftAppId => string.IsNullOrWhiteSpace(App.MicrosoftAppId) ? null : App.MicrosoftAppId.Trim();

    /// <summary><c>MicrosoftAppPassword</c>: the client secret (SingleTenant, MultiTenant), unless a certificate is given.</summary>
    public string? MicrosoftAppPassword => string.IsNullOrEmpty(App.MicrosoftAppPassword) ? null : App.MicrosoftAppPassword;

    /// <summary><c>MicrosoftAppTenantId</c>: the bot's own tenant; required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId => string.IsNullOrWhiteSpace(App.MicrosoftAppTenantId) ? null : App.MicrosoftAppTenantId.Trim();

    /// <summary><c>MicrosoftAppType</c>, parsed once for both directions; null when it names no known type.</summary>
    public BotAppType? MicrosoftAppType => App.MicrosoftAppType?.Trim() switch
    {
        null or "" => BotAppType.MultiTenant,
        var value when Enum.TryParse<BotAppType>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) => parsed,
        _ => null,
    };

    /// <summary>No app id: requests are not authenticated, and no token is sent.</summary>
    public bool IsAnonymous => MicrosoftAppId is null;

    /// <summary>A key set but empty means its default, as when it is not set.</summary>
    private static string OrDefault(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    /// <summary>The tenant whose token endpoint issues the bot's outbound tokens.</summary>
    internal string Tenant => MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId! : "botframework.com";
}

/// <summary>The four root keys of the bot's identity, as Azure Bot Service names them.</summary>
public sealed class BotAppIdentity
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
}

/// <summary>The values of <c>MicrosoftAppType</c>, as Azure Bot Service names them.</summary>
public enum BotAppType
{
    /// <summary>A multi-tenant app registration (the legacy default): outbound tokens from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>An app registration in the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity: <c>MicrosoftAppId</c> is its client id, and there is no password.</summary>
    UserAssignedMSI,
}

/// <summary>One set of rules for both directions: the bot refuses to start with settings that could never work. Messages name keys, never values.</summary>
internal sealed class BotFrameworkOptionsValidation : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (!IsMetadataUrl(options.OpenIdMetadataUrl) || !IsMetadataUrl(options.EntraOpenIdMetadataUrl))
        {
            return ValidateOptionsResult.Fail($"{BotFrameworkOptions.Section}:OpenIdMetadataUrl and :EntraOpenIdMetadataUrl must be https URLs (plain http only on loopback).");
        }

        if (options.IsAnonymous)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"{BotFrameworkOptions.Section}:Authority must be an absolute https URL.");
        }

        return options.MicrosoftAppType switch
        {
            null => ValidateOptionsResult.Fail("MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI."),
            BotAppType.SingleTenant or BotAppType.UserAssignedMSI when options.MicrosoftAppTenantId is null =>
                ValidateOptionsResult.Fail("A SingleTenant or UserAssignedMSI bot needs MicrosoftAppTenantId."),
            BotAppType.SingleTenant or BotAppType.MultiTenant
                when options.MicrosoftAppPassword is null && string.IsNullOrWhiteSpace(options.CertificatePath) =>
                ValidateOptionsResult.Fail($"MicrosoftAppId is set, but neither MicrosoftAppPassword nor {BotFrameworkOptions.Section}:CertificatePath."),
            _ => ValidateOptionsResult.Success,
        };
    }

    private static bool IsMetadataUrl(string url) =>
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps) || Authentication.TokenAuthority.IsLoopbackHttp(url);
}

public static class BotFrameworkOptionsRegistration
{
    /// <summary>
    /// <see cref="BotFrameworkOptions"/>: the section with <c>BindConfiguration</c>, the identity from the
    /// root keys by the binder, both checked at start-up.
    /// </summary>
    public static IServiceCollection AddBotFrameworkOptions(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.Section)
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options.App))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidation>());
        return services;
    }
}
