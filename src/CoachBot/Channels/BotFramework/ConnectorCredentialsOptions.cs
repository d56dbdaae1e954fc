using Microsoft.Extensions.Options;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// The bot's own credentials for calling the Bot Connector (outbound). The four classic settings are read
/// from the root of configuration, as every Azure Bot deployment names them; the authority and the
/// certificate from <c>CoachBot:BotFramework</c>. With no <see cref="MicrosoftAppId"/> no token is sent
/// (anonymous local development).
/// </summary>
public sealed class ConnectorCredentialsOptions
{
    public const string Section = "CoachBot:BotFramework";
    public const string DefaultAuthority = "https://login.microsoftonline.com/";

    /// <summary><c>MicrosoftAppId</c>: the bot's app (client) id; for UserAssignedMSI, the identity's client id.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret (SingleTenant, MultiTenant), unless a certificate is given.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MicrosoftAppType</c>: <c>SingleTenant</c>, <c>MultiTenant</c> (the default) or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: the bot's own tenant; required for SingleTenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>CoachBot:BotFramework:Authority</c>: the token service's base URL (https only, as MSAL requires).</summary>
    public string Authority { get; set; } = DefaultAuthority;

    /// <summary><c>CoachBot:BotFramework:CertificatePath</c>: a PKCS#12 file whose certificate authenticates the app instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    /// <summary><c>CoachBot:BotFramework:CertificatePassword</c>: the password of that file, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Whether a token is attached to Connector requests at all.</summary>
    public bool HasCredentials => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    internal ConnectorAppType AppType => MicrosoftAppType?.Trim() switch
    {
        null or "" => ConnectorAppType.MultiTenant,
        var value when value.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) => ConnectorAppType.MultiTenant,
        var value when value.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase) => ConnectorAppType.SingleTenant,
        var value when value.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) => ConnectorAppType.UserAssignedMsi,
        _ => ConnectorAppType.Unknown,
    };

    /// <summary>The tenant whose token endpoint issues the bot's tokens.</summary>
    internal string Tenant => AppType == ConnectorAppType.SingleTenant ? MicrosoftAppTenantId!.Trim() : "botframework.com";

    internal void ReadFrom(IConfiguration configuration)
    {
        MicrosoftAppId = configuration[nameof(MicrosoftAppId)];
        MicrosoftAppPassword = configuration[nameof(MicrosoftAppPassword)];
        MicrosoftAppType = configuration[nameof(MicrosoftAppType)];
        MicrosoftAppTenantId = configuration[nameof(MicrosoftAppTenantId)];
        var section = configuration.GetSection(Section);
        Authority = section[nameof(Authority)] is { Length: > 0 } authority ? authority : DefaultAuthority;
        CertificatePath = section[nameof(CertificatePath)];
        CertificatePassword = section[nameof(CertificatePassword)];
    }
}

internal enum ConnectorAppType
{
    Unknown,
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

/// <summary>Refuses to start with credentials that could never get a token. Messages name keys, never values.</summary>
internal sealed class ConnectorCredentialsValidation : IValidateOptions<ConnectorCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorCredentialsOptions options)
    {
        if (!options.HasCredentials)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"{ConnectorCredentialsOptions.Section}:Authority must be an absolute https URL.");
        }

        return options.AppType switch
        {
            ConnectorAppType.Unknown => ValidateOptionsResult.Fail("MicrosoftAppType must be SingleTenant, MultiTenant or UserAssignedMSI."),
            ConnectorAppType.SingleTenant when string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) =>
                ValidateOptionsResult.Fail("A SingleTenant bot needs MicrosoftAppTenantId."),
            ConnectorAppType.SingleTenant or ConnectorAppType.MultiTenant
                when string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) && string.IsNullOrWhiteSpace(options.CertificatePath) =>
                ValidateOptionsResult.Fail($"MicrosoftAppId is set, but neither MicrosoftAppPassword nor {ConnectorCredentialsOptions.Section}:CertificatePath."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
