using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Channels.BotFramework.Authentication;

/// <summary>
/// One publisher of signing keys (Bot Framework, or Entra ID) and the rules for its tokens. The OpenID
/// metadata and key set are cached by a <see cref="ConfigurationManager{T}"/>, refreshed every 12 hours,
/// and on request when a token names a key the cache does not know. The validation parameters are
/// built once per key set, so a request allocates none.
/// </summary>
internal sealed class TokenAuthority
{
    private static readonly TimeSpan AutomaticRefresh = TimeSpan.FromHours(12);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> metadata;
    private readonly TokenValidationParameters rules;
    private readonly JsonWebTokenHandler handler;
    private volatile KeySnapshot? current;

    /// <param name="rules">Everything but the keys: issuers, audience, algorithms, lifetime.</param>
    public TokenAuthority(string metadataUrl, HttpClient http, TokenValidationParameters rules, JsonWebTokenHandler handler)
    {
        // The library refuses plain http unless told otherwise; only loopback (the tests' own issuer) may use it.
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopbackHttp(metadataUrl) };
        metadata = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = AutomaticRefresh,
        };
        this.rules = rules;
        this.handler = handler;
    }

    /// <summary>
    /// Validates <paramref name="token"/> against the current keys. When its key is unknown, a refresh of
    /// the metadata is requested (at most once per 5 minutes, the library's <c>RefreshInterval</c>), and the
    /// token is checked once more if newer keys are already at hand. In Microsoft.IdentityModel 8 the
    /// refresh itself runs in the background, so a token signed by a just-rotated key may be refused once.
    /// </summary>
    /// <exception cref="InvalidOperationException">No metadata could be fetched yet.</exception>
    public async Task<(TokenValidationResult Result, KeySnapshot Keys)> ValidateAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var keys = await KeysAsync(cancellationToken);
        var result = await handler.ValidateTokenAsync(token, keys.Parameters);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            metadata.RequestRefresh();
            var refreshed = await KeysAsync(cancellationToken);
            if (!ReferenceEquals(refreshed, keys))
            {
                keys = refreshed;
                result = await handler.ValidateTokenAsync(token, keys.Parameters);
            }
        }

        return (result, keys);
    }

    /// <summary>Plain http is accepted for loopback addresses only.</summary>
    public static bool IsLoopbackHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;

    private async Task<KeySnapshot> KeysAsync(CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var keys = current;
        if (keys is not null && ReferenceEquals(keys.Configuration, configuration))
        {
            return keys;
        }

        // A new key set: build its parameters once. Two requests racing here build the same thing twice; harmless.
        var parameters = rules.Clone();
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        keys = new KeySnapshot(configuration, parameters, Endorsements.From(configuration.JsonWebKeySet));
        current = keys;
        return keys;
    }
}

/// <summary>One version of a publisher's keys, with the validation parameters and endorsements built from it.</summary>
internal sealed record KeySnapshot(OpenIdConnectConfiguration Configuration, TokenValidationParameters Parameters, Endorsements Endorsements);
