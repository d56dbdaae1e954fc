using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Channels.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>One token request: the tenant from the path and the form fields MSAL sent.</summary>
public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);

/// <summary>
/// An Entra ID token endpoint (<c>/{tenant}/oauth2/v2.0/token</c>) on loopback https, for MSAL, which
/// refuses any other scheme. It serves a throwaway self-signed certificate made for this instance; the
/// bot trusts exactly that certificate through <see cref="TrustIn"/>, nothing is trusted globally. It
/// issues opaque tokens that last <see cref="ExpiresIn"/> and records every request.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock sync = new();
    private readonly List<TokenRequest> requests = [];
    private readonly List<string> unexpected = [];
    private readonly HashSet<string> issued = [];

    private FakeTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var token = $"fake-token-{Guid.NewGuid():N}";
            lock (sync)
            {
                requests.Add(new TokenRequest(tenant, form.ToDictionary(field => field.Key, field => field.Value.ToString())));
                issued.Add(token);
            }

            var lifetime = (int)ExpiresIn.TotalSeconds;
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = lifetime,
                ["ext_expires_in"] = lifetime,
                ["access_token"] = token,
            });
        });
        app.MapFallback((HttpContext http) =>
        {
            lock (sync)
            {
                unexpected.Add($"{http.Request.Method} {http.Request.Path}");
            }

            return Results.NotFound();
        });
    }

    /// <summary>The authority base URL to configure (<c>CoachBot:BotFramework:Authority</c>).</summary>
    public Uri Authority { get; private set; } = null!;

    /// <summary>The certificate the endpoint serves; only this one is to be trusted.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The lifetime of the tokens issued from now on.</summary>
    public TimeSpan ExpiresIn { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<TokenRequest> Requests
    {
        get
        {
            lock (sync)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Requests to anything but the token route (MSAL's metadata look-ups, if it made any).</summary>
    public IReadOnlyList<string> Unexpected
    {
        get
        {
            lock (sync)
            {
                return [.. unexpected];
            }
        }
    }

    public bool Issued(string token)
    {
        lock (sync)
        {
            return issued.Contains(token);
        }
    }

    /// <summary>The settings that point the bot's MSAL at this endpoint.</summary>
    public Dictionary<string, string?> Settings(string appType = "MultiTenant", string? tenantId = null) => new()
    {
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppTenantId"] = tenantId,
        ["CoachBot:BotFramework:Authority"] = Authority.AbsoluteUri,
    };

    /// <summary>
    /// Makes the bot's token client (<see cref="ConnectorTokens.HttpClientName"/>) trust this endpoint's
    /// certificate, by thumbprint, and nothing else that would not validate anyway.
    /// </summary>
    public void TrustIn(IServiceCollection services)
    {
        var thumbprint = Certificate.GetCertHashString(HashAlgorithmName.SHA256);
        services.AddHttpClient(ConnectorTokens.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
        {
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || string.Equals(certificate?.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase),
        });
    }

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var endpoint = new FakeTokenEndpoint(builder.Build(), certificate);
        await endpoint.app.StartAsync();
        var address = new Uri(endpoint.app.Urls.First());
        endpoint.Authority = new Uri($"https://127.0.0.1:{address.Port}/");
        return endpoint;
    }

    /// <summary>A throwaway server certificate for 127.0.0.1, valid for a day.</summary>
    public static X509Certificate2 CreateCertificate(string subject = "CN=127.0.0.1")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so the private key is usable by TLS on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
