using System.Net;
using System.Text;
using CoachBot.Coaching;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Storage;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// Inbound authentication of <c>POST /api/messages</c> through the real host, against a loopback
/// identity provider serving its own OpenID metadata and keys: valid Bot Framework and Entra ID tokens
/// are answered, every other request gets 401 with nothing processed, stored or sent, and without an
/// app id the bot stays anonymous.
/// </summary>
public sealed class BotFrameworkAuthenticationTests(BotFrameworkAuthenticationTests.AuthenticatedBot bot)
    : IClassFixture<BotFrameworkAuthenticationTests.AuthenticatedBot>
{
    public const string AppId = "3f0c5d1e-7a2b-4c8d-9e6f-0a1b2c3d4e5f";
    public const string BotTenant = "5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4";
    private const string OtherTenant = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private static readonly string WelcomeStart = CoachingBot.Welcome[..CoachingBot.Welcome.IndexOf('{', StringComparison.Ordinal)];

    // ---- Accepted ----------------------------------------------------------------------------

    [Fact]
    public async Task A_valid_Bot_Framework_token_is_accepted_and_the_bot_answers_in_the_body_and_through_the_connector()
    {
        using var client = bot.ClientWith(BotFrameworkToken(bot.Connector.ServiceUrl));
        var inBody = new ChannelUser(client) { ServiceUrl = bot.Connector.ServiceUrl };

        var opening = await inBody.SendAsync(inBody.Joined());
        Assert.StartsWith(WelcomeStart, opening.Replies[0].Text);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, opening.Question?.Text);
        Assert.NotEmpty(StoredRows.About(bot.Server.DatabasePath, inBody.ConversationId));

        var viaConnector = new ChannelUser(client) { DeliveryMode = null, Connector = bot.Connector };
        var posted = await viaConnector.SendAsync(viaConnector.Joined());
        Assert.StartsWith(WelcomeStart, posted.Replies[0].Text);
        Assert.All(posted.Calls, call => Assert.Equal(viaConnector.ConversationId, call.ConversationId));
        // The connector refuses calls without the bot's own token (from MSAL, through the fake token endpoint).
        Assert.All(posted.Calls, call => Assert.Equal(200, call.Status));
        Assert.NotEmpty(bot.Tokens.Requests);
    }

    [Fact]
    public async Task A_whole_conversation_with_tokens_both_ways_ends_in_a_draft()
    {
        using var client = bot.ClientWith(BotFrameworkToken(bot.Connector.ServiceUrl));
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = bot.Connector };

        var turns = await CoachingPlayer.PlayToTheEndAsync(user, await user.SendAsync(user.Joined()));

        Assert.Contains(turns, turn => turn.Replies.Any(reply => reply.DraftText is not null));
        Assert.All(turns.SelectMany(turn => turn.Calls), call => Assert.Equal(200, call.Status));
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Tokens_signed_with_RS256_RS384_or_RS512_are_accepted(string algorithm)
    {
        using var client = bot.ClientWith(BotFrameworkToken(bot.Connector.ServiceUrl, algorithm: algorithm));
        var user = new ChannelUser(client) { ServiceUrl = bot.Connector.ServiceUrl };

        var opening = await user.SendAsync(user.Joined());

        Assert.StartsWith(WelcomeStart, opening.Replies[0].Text);
    }

    [Fact]
    public async Task Five_minutes_of_clock_skew_are_allowed_either_way()
    {
        var now = DateTimeOffset.UtcNow;
        var justExpired = BotFrameworkToken(bot.Connector.ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-2));
        var almostValid = BotFrameworkToken(bot.Connector.ServiceUrl, notBefore: now.AddMinutes(2), expires: now.AddHours(1));

        foreach (var token in new[] { justExpired, almostValid })
        {
            using var client = bot.ClientWith(token);
            var user = new ChannelUser(client) { ServiceUrl = bot.Connector.ServiceUrl };
            Assert.StartsWith(WelcomeStart, (await user.SendAsync(user.Joined())).Replies[0].Text);
        }
    }

    [Theory]
    [InlineData($"https://login.microsoftonline.com/{BotTenant}/v2.0")]
    [InlineData($"https://sts.windows.net/{BotTenant}/")]
    [InlineData($"https://login.microsoftonline.com/{BotFrameworkTenant}/v2.0")]
    [InlineData("https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/")]
    [InlineData("https://login.microsoftonline.com/69e9b82d-4842-4902-8d1e-abc5b98a55e8/v2.0")]
    public async Task Entra_ID_tokens_from_the_bot_tenant_or_a_Bot_Framework_tenant_are_accepted(string issuer)
    {
        using var client = bot.ClientWith(FakeTokenIssuer.Sign(FakeKey.Entra, issuer, AppId));
        var user = new ChannelUser(client) { ServiceUrl = bot.Connector.ServiceUrl };

        var turn = await user.SayAsync("hello");

        Assert.NotEmpty(turn.Replies);
    }

    // ---- Refused -----------------------------------------------------------------------------

    public static TheoryData<string> Refusals =>
    [
        "no Authorization header",
        "not a bearer token",
        "malformed token",
        "unsigned token (alg none)",
        "bad signature",
        "wrong audience",
        "expired",
        "expired just beyond the skew",
        "not yet valid beyond the skew",
        "wrong issuer",
        "Entra ID token from another tenant",
        "serviceUrl mismatch",
        "no serviceurl claim",
        "Entra ID token with another serviceurl",
        "key not endorsed for the channel",
        "unknown key",
        "Entra ID key on a Bot Framework token",
        "algorithm not allowed (PS256)",
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_other_request_gets_401_and_nothing_of_it_is_processed_stored_or_sent(string refusal)
    {
        var authorization = AuthorizationFor(refusal, bot.Connector.ServiceUrl);
        using var client = bot.ClientWith(authorization);
        // Normal delivery: a processed turn would post its replies to the connector.
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = bot.Connector };
        var callsBefore = bot.Connector.Calls.Count;

        using var response = await user.PostAsync(user.Message("hello"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        if (authorization is { Length: > 20 })
        {
            Assert.DoesNotContain(authorization[^20..], body, StringComparison.Ordinal);
        }

        Assert.Empty(StoredRows.About(bot.Server.DatabasePath, user.ConversationId));
        Assert.Empty(StoredRows.About(bot.Server.DatabasePath, user.UserId));
        Assert.Equal(callsBefore, bot.Connector.Calls.Count);
    }

    [Fact]
    public async Task A_request_refused_for_an_unknown_key_makes_the_bot_fetch_the_keys_again_and_a_rotated_key_is_then_accepted()
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        await using var server = await CoachBotServer.StartAsync(settings: issuer.BotSettings(AppId, BotTenant));
        using var client = Authorized(server, BotFrameworkToken(bot.Connector.ServiceUrl, FakeKey.Rotated));
        var user = new ChannelUser(client) { ServiceUrl = bot.Connector.ServiceUrl };

        // The keys are fetched once, before the new key is published.
        using (var warmUp = Authorized(server, BotFrameworkToken(bot.Connector.ServiceUrl)))
        {
            var first = new ChannelUser(warmUp) { ServiceUrl = bot.Connector.ServiceUrl };
            await first.SendAsync(first.Joined());
        }

        Assert.Equal(1, issuer.BotFrameworkKeyFetches);
        issuer.RotateKeys();

        // Microsoft.IdentityModel 8 refreshes in the background: the first request with the new key may be
        // refused, but it asks for the refresh, and the key is accepted without waiting 12 hours for the next one.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using (var refused = await user.PostAsync(user.Joined()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // The refresh it asked for fetches the keys again; once they are read, the rotated key is accepted.
        await issuer.NextKeyFetchAsync(timeout.Token);
        await issuer.NextKeyFetchAsync(timeout.Token);
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 200 && status == HttpStatusCode.Unauthorized; attempt++)
        {
            using var response = await user.PostAsync(user.Joined());
            status = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, issuer.BotFrameworkKeyFetches);
    }

    [Theory]
    [InlineData("coachbot/startPrivately")]
    [InlineData("conversation/unreachable")]
    public async Task The_engines_own_events_are_refused_even_with_a_valid_token(string eventName)
    {
        using var client = bot.ClientWith(BotFrameworkToken(bot.Connector.ServiceUrl));
        var user = new ChannelUser(client) { ServiceUrl = bot.Connector.ServiceUrl };
        await user.SendAsync(user.Joined());
        var calls = bot.Connector.Calls.Count;
        var forged = user.NewActivity("event");
        forged["name"] = eventName;

        using var response = await user.PostAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("\"unreachable\":true", StoredRows.Conversation(bot.Server.DatabasePath, user.ConversationId).Document, StringComparison.Ordinal);
        Assert.Equal(calls, bot.Connector.Calls.Count);
    }

    // ---- Anonymous and configuration ------------------------------------------------------------

    [Fact]
    public async Task Without_an_app_id_requests_without_a_token_are_accepted_as_anonymous()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client);

        Assert.StartsWith(WelcomeStart, (await user.SendAsync(user.Joined())).Replies[0].Text);

        // As before: a token is not looked at when there is no app id to check it against.
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer not-a-token");
        Assert.NotEmpty((await user.SayAsync("hello")).Replies);
    }

    [Theory]
    [InlineData("CoachBot:BotFramework:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("CoachBot:BotFramework:EntraOpenIdMetadataUrl", "not a url")]
    [InlineData("MicrosoftAppType", "Sometimes")]
    public async Task The_bot_does_not_start_with_an_unusable_authentication_setting(string key, string value)
    {
        await using var issuer = await FakeTokenIssuer.StartAsync();
        var settings = issuer.BotSettings(AppId, BotTenant);
        settings[key] = value;

        await Assert.ThrowsAnyAsync<Exception>(async () => await (await CoachBotServer.StartAsync(settings: settings)).DisposeAsync());
    }

    // ---- Helpers -----------------------------------------------------------------------------

    private static string BotFrameworkToken(
        Uri serviceUrl, FakeKey key = FakeKey.Endorsed, DateTimeOffset? notBefore = null, DateTimeOffset? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256, string audience = AppId, string issuer = FakeTokenIssuer.BotFrameworkIssuer) =>
        FakeTokenIssuer.Sign(key, issuer, audience, ServiceUrlClaim(serviceUrl), notBefore, expires, algorithm);

    private static Dictionary<string, object> ServiceUrlClaim(Uri serviceUrl) => new() { ["serviceurl"] = serviceUrl.ToString() };

    /// <summary>The Authorization header of each refusal, made now so that lifetimes are relative to this moment.</summary>
    private static string? AuthorizationFor(string refusal, Uri serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return refusal switch
        {
            "no Authorization header" => null,
            "not a bearer token" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AppId}:secret")),
            "malformed token" => "Bearer not.a.jwt",
            "unsigned token (alg none)" => "Bearer " + Unsigned(serviceUrl),
            "bad signature" => Bearer(FakeTokenIssuer.Sign(FakeKey.Stranger, FakeTokenIssuer.BotFrameworkIssuer, AppId, ServiceUrlClaim(serviceUrl),
                keyId: FakeTokenIssuer.KeyId(FakeKey.Endorsed))),
            "wrong audience" => Bearer(BotFrameworkToken(serviceUrl, audience: "another-bot")),
            "expired" => Bearer(BotFrameworkToken(serviceUrl, notBefore: now.AddHours(-2), expires: now.AddHours(-1))),
            "expired just beyond the skew" => Bearer(BotFrameworkToken(serviceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6))),
            "not yet valid beyond the skew" => Bearer(BotFrameworkToken(serviceUrl, notBefore: now.AddMinutes(10), expires: now.AddHours(1))),
            "wrong issuer" => Bearer(BotFrameworkToken(serviceUrl, issuer: "https://api.botframework.example")),
            "Entra ID token from another tenant" => Bearer(FakeTokenIssuer.Sign(FakeKey.Entra, $"https://login.microsoftonline.com/{OtherTenant}/v2.0", AppId)),
            "serviceUrl mismatch" => Bearer(BotFrameworkToken(new Uri("https://smba.trafficmanager.net/teams/"))),
            "no serviceurl claim" => Bearer(FakeTokenIssuer.Sign(FakeKey.Endorsed, FakeTokenIssuer.BotFrameworkIssuer, AppId)),
            "Entra ID token with another serviceurl" => Bearer(FakeTokenIssuer.Sign(FakeKey.Entra, $"https://login.microsoftonline.com/{BotTenant}/v2.0", AppId,
                ServiceUrlClaim(new Uri("https://attacker.example/teams/")))),
            "key not endorsed for the channel" => Bearer(BotFrameworkToken(serviceUrl, FakeKey.Unendorsed)),
            "unknown key" => Bearer(BotFrameworkToken(serviceUrl, FakeKey.Stranger)),
            "Entra ID key on a Bot Framework token" => Bearer(BotFrameworkToken(serviceUrl, FakeKey.Entra)),
            "algorithm not allowed (PS256)" => Bearer(BotFrameworkToken(serviceUrl, algorithm: SecurityAlgorithms.RsaSsaPssSha256)),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
    }

    private static string Bearer(string token) => "Bearer " + token;

    /// <summary>A client of <paramref name="server"/> that sends <paramref name="authorization"/> (a token, or a whole header value) with every request.</summary>
    private static HttpClient Authorized(CoachBotServer server, string? authorization)
    {
        var client = server.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization.Contains(' ') ? authorization : Bearer(authorization));
        }

        return client;
    }

    /// <summary>A token with <c>"alg":"none"</c> and no signature, with every claim a valid one would have.</summary>
    private static string Unsigned(Uri serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(
            $$"""{"iss":"{{FakeTokenIssuer.BotFrameworkIssuer}}","aud":"{{AppId}}","nbf":{{now - 60}},"exp":{{now + 3600}},"serviceurl":"{{serviceUrl}}"}""");
        return $"{header}.{payload}.";
    }

    /// <summary>One bot with an app id, its identity provider and its connector, shared by the tests of this class.</summary>
    public sealed class AuthenticatedBot : IAsyncLifetime
    {
        public FakeTokenIssuer Issuer { get; private set; } = null!;
        public FakeConnector Connector { get; private set; } = null!;
        public FakeTokenEndpoint Tokens { get; private set; } = null!;
        public CoachBotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Issuer = await FakeTokenIssuer.StartAsync();
            Tokens = await FakeTokenEndpoint.StartAsync();
            Connector = await FakeConnector.StartAsync();
            Connector.RequireTokensFrom(Tokens);
            var settings = Tokens.Settings(tenantId: BotTenant);
            foreach (var (key, value) in Issuer.BotSettings(AppId, BotTenant))
            {
                settings[key] = value;
            }

            Server = await CoachBotServer.StartAsync(settings: settings, services: Tokens.TrustIn);
        }

        public HttpClient ClientWith(string? authorization) => Authorized(Server, authorization);

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Connector.DisposeAsync();
            await Tokens.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
