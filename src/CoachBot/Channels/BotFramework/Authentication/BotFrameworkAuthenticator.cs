using System.Collections.Frozen;
using CoachBot.Conversations.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Channels.BotFramework.Authentication;

/// <summary>
/// Checks the bearer token on a request to <c>/api/messages</c> when an app id is configured: a Bot
/// Framework token (its signing key endorsed for the activity's channel, its <c>serviceurl</c> claim
/// equal to the activity's serviceUrl), or an Entra ID token from a Bot Framework tenant or the bot's
/// own. Both must be RS256/384/512-signed by a published key, issued for the app id, and within their
/// lifetime (5 minutes of clock skew). Without an app id every request is anonymous. Thread-safe.
/// </summary>
public sealed partial class BotFrameworkAuthenticator : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>The tenants Azure Bot Service's Entra ID tokens come from.</summary>
    public static readonly IReadOnlyList<string> BotFrameworkTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    private const string BearerPrefix = "Bearer ";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly ILogger<BotFrameworkAuthenticator> logger;
    private readonly string? appId;
    private readonly HttpClient? http;
    private readonly TokenAuthority? botFramework;
    private readonly TokenAuthority? entra;
    private readonly FrozenSet<string> entraIssuers = FrozenSet<string>.Empty;
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>No app id: nobody is authenticated, and only local development is served.</summary>
    public bool IsAnonymous => appId is null;

    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkAuthenticator> logger)
    {
        this.logger = logger;
        var settings = options.Value;
        if (settings.IsAnonymous)
        {
            return;
        }

        appId = settings.MicrosoftAppId;
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) }) { Timeout = TimeSpan.FromSeconds(30) };
        var tenants = settings.MicrosoftAppTenantId is { } own ? BotFrameworkTenants.Append(own) : BotFrameworkTenants;
        entraIssuers = tenants
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToFrozenSet(StringComparer.Ordinal);
        botFramework = new TokenAuthority(settings.OpenIdMetadataUrl, http, Rules(appId!, [BotFrameworkIssuer]), handler);
        entra = new TokenAuthority(settings.EntraOpenIdMetadataUrl, http, Rules(appId!, entraIssuers), handler);
    }

    /// <summary>
    /// The caller of <paramref name="request"/>, or null when it must be refused (answer
    /// <see cref="Refusal"/>). Call it before anything of <paramref name="activity"/> is processed.
    /// </summary>
    public async Task<BotFrameworkCaller?> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        if (botFramework is null || entra is null)
        {
            return BotFrameworkCaller.Anonymous;
        }

        string? header = request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(activity, "no bearer token");
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(header.AsMemory(BearerPrefix.Length).Trim());
        }
        catch (ArgumentException)
        {
            // SecurityTokenMalformedException is one.
            return Refuse(activity, "malformed token");
        }

        // The unvalidated issuer only picks whose keys to try; validation checks it again.
        var isBotFramework = token.Issuer == BotFrameworkIssuer;
        var authority = isBotFramework ? botFramework : entraIssuers.Contains(token.Issuer) ? entra : null;
        if (authority is null)
        {
            return Refuse(activity, "unknown issuer");
        }

        TokenValidationResult result;
        KeySnapshot keys;
        try
        {
            (result, keys) = await authority.ValidateAsync(token, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            // The metadata could not be fetched (and none is cached): nothing can be validated.
            LogMetadataUnavailable(logger, exception.GetType().Name);
            return null;
        }

        if (!result.IsValid)
        {
            return Refuse(activity, result.Exception?.GetType().Name ?? "invalid token");
        }

        // Bot Framework tokens name the serviceUrl they were issued for; Entra ID tokens may.
        var hasServiceUrl = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl);
        if ((isBotFramework || hasServiceUrl) && !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return Refuse(activity, "serviceUrl does not match the token");
        }

        if (isBotFramework && !keys.Endorsements.Endorse(token.SigningKey?.KeyId ?? token.Kid, activity.ChannelId))
        {
            return Refuse(activity, "signing key not endorsed for the channel");
        }

        return new BotFrameworkCaller(false, appId, token.Issuer);
    }

    /// <summary>The answer to a refused request: 401 with a short problem, naming nothing of the token.</summary>
    public static IResult Refusal(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem("A valid Bot Framework bearer token is required.", statusCode: StatusCodes.Status401Unauthorized);
    }

    public void Dispose() => http?.Dispose();

    private static TokenValidationParameters Rules(string audience, IEnumerable<string> issuers) => new()
    {
        ValidAudience = audience,
        ValidIssuers = [.. issuers],
        ValidAlgorithms = Algorithms,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = ClockSkew,
        // Every token names its key; trying the others would only cost time.
        TryAllIssuerSigningKeys = false,
    };

    private BotFrameworkCaller? Refuse(Activity activity, string reason)
    {
        LogRefused(logger, activity.ChannelId, reason);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an activity on channel {ChannelId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? channelId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity: no OpenID metadata could be fetched ({ExceptionType})")]
    private static partial void LogMetadataUnavailable(ILogger logger, string exceptionType);
}
