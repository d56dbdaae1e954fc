using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>The signing keys the fake issuer knows, each an RSA key made once per test run.</summary>
public enum FakeKey
{
    /// <summary>A Bot Framework key endorsed for msteams and webchat.</summary>
    Endorsed,

    /// <summary>A Bot Framework key endorsed for another channel only.</summary>
    Unendorsed,

    /// <summary>A Bot Framework key published only after <see cref="FakeTokenIssuer.RotateKeys"/>.</summary>
    Rotated,

    /// <summary>The Entra ID key.</summary>
    Entra,

    /// <summary>Published nowhere.</summary>
    Stranger,
}

/// <summary>
/// A loopback identity provider on a real Kestrel: the Bot Framework OpenID metadata and key set (keys
/// with <c>endorsements</c>, as login.botframework.com serves them), and Entra ID's, with RSA keys made
/// in the test. It signs the tokens the tests send, and counts how often each key set was fetched.
/// </summary>
public sealed class FakeTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private static readonly Dictionary<FakeKey, RSA> Keys = Enum.GetValues<FakeKey>().ToDictionary(key => key, _ => RSA.Create(2048));
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly WebApplication app;
    private volatile bool rotated;
    private int botFrameworkKeyFetches;

    private FakeTokenIssuer(WebApplication app)
    {
        this.app = app;
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.example/auth",
            ["jwks_uri"] = $"{BaseAddress}botframework/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        app.MapGet("/botframework/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref botFrameworkKeyFetches);
            keysServed.Release();
            var keys = new JsonArray(Jwk(FakeKey.Endorsed, "msteams", "webchat"), Jwk(FakeKey.Unendorsed, "skype"));
            if (rotated)
            {
                keys.Add(Jwk(FakeKey.Rotated, "msteams"));
            }

            return Results.Json(new JsonObject { ["keys"] = keys });
        });
        app.MapGet("/entra/common/v2.0/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = $"{BaseAddress}entra/common/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        app.MapGet("/entra/common/discovery/v2.0/keys", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(Jwk(FakeKey.Entra)) }));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string BotFrameworkMetadataUrl => $"{BaseAddress}botframework/v1/.well-known/openidconfiguration";
    public string EntraMetadataUrl => $"{BaseAddress}entra/common/v2.0/.well-known/openid-configuration";

    /// <summary>How often the Bot Framework key set was served.</summary>
    public int BotFrameworkKeyFetches => Volatile.Read(ref botFrameworkKeyFetches);

    /// <summary>Completes when the Bot Framework key set has been served once more.</summary>
    public Task NextKeyFetchAsync(CancellationToken cancellationToken) => keysServed.WaitAsync(cancellationToken);

    private readonly SemaphoreSlim keysServed = new(0);

    public static async Task<FakeTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var issuer = new FakeTokenIssuer(builder.Build());
        await issuer.app.StartAsync();
        issuer.BaseAddress = new Uri($"{issuer.app.Urls.First()}/");
        return issuer;
    }

    /// <summary>The settings that point a bot with <paramref name="appId"/> at this issuer.</summary>
    public Dictionary<string, string?> BotSettings(string appId, string? tenantId = null) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppTenantId"] = tenantId,
        // The bot's own (outbound) credentials must be there too; tests that send through the Connector add a token endpoint.
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["CoachBot:BotFramework:OpenIdMetadataUrl"] = BotFrameworkMetadataUrl,
        ["CoachBot:BotFramework:EntraOpenIdMetadataUrl"] = EntraMetadataUrl,
    };

    /// <summary>From now on the Bot Framework key set also lists <see cref="FakeKey.Rotated"/>.</summary>
    public void RotateKeys() => rotated = true;

    /// <summary>A signed token. Lifetime defaults to a minute ago until an hour from now.</summary>
    /// <param name="claims">Extra claims, e.g. <c>serviceurl</c>.</param>
    /// <param name="keyId">The kid in the header; defaults to the key's own (another one makes the signature wrong).</param>
    public static string Sign(
        FakeKey key, string issuer, string audience, IDictionary<string, object>? claims = null,
        DateTimeOffset? notBefore = null, DateTimeOffset? expires = null, string algorithm = SecurityAlgorithms.RsaSha256, string? keyId = null)
    {
        var now = DateTimeOffset.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Keys[key]) { KeyId = keyId ?? KeyId(key) }, algorithm),
        });
    }

    public static string KeyId(FakeKey key) => $"fake-{key.ToString().ToLowerInvariant()}";

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static JsonObject Jwk(FakeKey key, params string[] endorsements)
    {
        var parameters = Keys[key].ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId(key),
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(channel => JsonValue.Create(channel))]);
        }

        return jwk;
    }
}
