namespace CoachBot.Channels.BotFramework.Authentication;

/// <summary>
/// The bot's identity with Azure Bot Service: the four classic settings every Azure Bot deployment
/// knows, at the root of configuration, and where inbound tokens' keys are published
/// (<c>CoachBot:BotFramework</c>). Without <see cref="MicrosoftAppId"/> the bot runs anonymously, for
/// local development with the Agents Playground or the Emulator. Every key is documented in the README.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "CoachBot:BotFramework";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// The bot's Entra ID application (client) id, root key <c>MicrosoftAppId</c>. Inbound tokens must be
    /// issued for it (<c>aud</c>); it is also the client id of outbound tokens. Unset: anonymous mode,
    /// where requests without a token are accepted.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// The client secret of <see cref="MicrosoftAppId"/>, root key <c>MicrosoftAppPassword</c>, for
    /// outbound tokens. Not needed for <see cref="BotAppType.UserAssignedMSI"/>. A secret: keep it in
    /// user-secrets or the environment, never in the repository.
    /// </summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>How the bot's identity is registered, root key <c>MicrosoftAppType</c>.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>
    /// The bot's own Entra ID tenant, root key <c>MicrosoftAppTenantId</c>: required for single-tenant
    /// and managed-identity bots (the authority of outbound tokens). Entra ID tokens from this tenant are
    /// accepted inbound, besides those of the Bot Framework tenants.
    /// </summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of Bot Framework tokens (issuer <c>https://api.botframework.com</c>), whose keys carry endorsements.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>OpenID metadata of the Entra ID tokens Azure Bot Service also sends.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>No app id: requests are not authenticated.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>
    /// Reads the root keys and <see cref="Section"/> by name only, so a root-level key cannot pose as a
    /// metadata URL nor a <c>CoachBot:BotFramework:MicrosoftAppId</c> as the app id.
    /// </summary>
    public void Bind(IConfiguration configuration)
    {
        MicrosoftAppId = configuration[nameof(MicrosoftAppId)] is { Length: > 0 } appId ? appId.Trim() : null;
        MicrosoftAppPassword = configuration[nameof(MicrosoftAppPassword)] is { Length: > 0 } password ? password : null;
        MicrosoftAppTenantId = configuration[nameof(MicrosoftAppTenantId)] is { Length: > 0 } tenant ? tenant.Trim() : null;
        if (configuration[nameof(MicrosoftAppType)] is { Length: > 0 } type)
        {
            MicrosoftAppType = Enum.TryParse<BotAppType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"{nameof(MicrosoftAppType)} must be one of {string.Join(", ", Enum.GetNames<BotAppType>())}.");
        }

        var section = configuration.GetSection(Section);
        OpenIdMetadataUrl = section[nameof(OpenIdMetadataUrl)] is { Length: > 0 } botFramework ? botFramework : DefaultOpenIdMetadataUrl;
        EntraOpenIdMetadataUrl = section[nameof(EntraOpenIdMetadataUrl)] is { Length: > 0 } entra ? entra : DefaultEntraOpenIdMetadataUrl;
    }
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
