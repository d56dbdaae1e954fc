using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CoachBot.Channels.BotFramework;

/// <summary>
/// The bearer token the bot presents to the Bot Connector, from MSAL: client credentials (a secret or a
/// certificate) against the bot's own tenant (SingleTenant) or <c>botframework.com</c> (MultiTenant), or a
/// user-assigned managed identity (UserAssignedMSI). One MSAL application per process (this is a
/// singleton), so its in-memory cache serves the token until shortly before it expires (MSAL renews it
/// within 5 minutes of expiry). With no app id configured there is no token.
/// </summary>
public sealed class ConnectorTokens
{
    /// <summary>The named HttpClient MSAL talks to the token service through.</summary>
    public const string HttpClientName = "BotFrameworkTokens";

    public const string Scope = "https://api.botframework.com/.default";

    private static readonly string[] Scopes = [Scope];

    private readonly Lazy<Func<CancellationToken, Task<AuthenticationResult>>?> acquire;

    public ConnectorTokens(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        acquire = new Lazy<Func<CancellationToken, Task<AuthenticationResult>>?>(
            () => Create(options.Value, new MsalHttpClients(httpClients)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The token to send, or null when no app id is configured (anonymous local development).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        acquire.Value is { } get ? (await get(cancellationToken)).AccessToken : null;

    private static Func<CancellationToken, Task<AuthenticationResult>>? Create(BotFrameworkOptions options, MsalHttpClients httpClients)
    {
        if (options.IsAnonymous)
        {
            return null;
        }

        var appId = options.MicrosoftAppId!;
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClients)
                .Build();
            // Managed identity endpoints take the resource, not a scope.
            var resource = Scope[..^"/.default".Length];
            return token => identity.AcquireTokenForManagedIdentity(resource).ExecuteAsync(token);
        }

        var authority = new Uri(new Uri(options.Authority.EndsWith('/') ? options.Authority : options.Authority + "/"), Uri.EscapeDataString(options.Tenant));
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            // The authority is ours, from configuration, so MSAL's check against its list of known hosts
            // and its instance discovery add nothing (and would refuse a test's loopback token service).
            .WithAuthority(authority.AbsoluteUri, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClients);
        builder = string.IsNullOrWhiteSpace(options.CertificatePath)
            ? builder.WithClientSecret(options.MicrosoftAppPassword!)
            : builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        var app = builder.Build();
        return token => app.AcquireTokenForClient(Scopes).ExecuteAsync(token);
    }

    /// <summary>MSAL's HTTP through the app's IHttpClientFactory (pooled handlers, configurable per test).</summary>
    private sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
    }
}

/// <summary>
/// Attaches the bot's token to every request of the Connector's named HttpClient, each attempt of a retry
/// included (the token comes from MSAL's cache). The token goes only over https, or to loopback (the Agents
/// Playground's Connector is http://localhost), never in clear text across a network.
/// </summary>
internal sealed class ConnectorAuthenticationHandler(ConnectorTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && (uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback)
            && await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
