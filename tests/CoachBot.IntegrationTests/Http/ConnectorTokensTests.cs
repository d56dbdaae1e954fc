using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using CoachBot.Channels.BotFramework;
using CoachBot.Coaching;
using CoachBot.IntegrationTests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CoachBot.IntegrationTests.Http.ConnectorClientTests;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// The bot's outbound tokens: MSAL against a loopback https token endpoint whose throwaway certificate
/// only the bot's token client trusts, and a Connector that refuses any request without a token it issued.
/// </summary>
public sealed class ConnectorTokensTests
{
    [Fact]
    public async Task A_token_is_fetched_once_and_sent_with_every_request_until_near_its_expiry()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        connector.RequireTokensFrom(tokens);
        await using var services = Connector(settings: tokens.Settings(), tokens: tokens);
        var client = Client(services);

        for (var i = 0; i < 5; i++)
        {
            await client.SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        }

        await client.GetMembersAsync(connector.ServiceUrl.AbsoluteUri, "a:1", CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None)));

        Assert.All(connector.Calls, call => Assert.Equal(200, call.Status));
        Assert.Single(connector.Calls.Select(call => call.Authorization).Distinct());
        Assert.Single(tokens.Requests);
        Assert.Empty(tokens.Unexpected);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_fetched_again()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        connector.RequireTokensFrom(tokens);
        // MSAL renews a token within 5 minutes of its expiry (it reads the system clock, which a test cannot
        // move): a 1-minute token is due for renewal at every use.
        tokens.ExpiresIn = TimeSpan.FromMinutes(1);
        await using var services = Connector(settings: tokens.Settings(), tokens: tokens);
        var client = Client(services);

        for (var i = 0; i < 3; i++)
        {
            await client.SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        }

        Assert.Equal(3, tokens.Requests.Count);
        Assert.Equal(3, connector.Calls.Select(call => call.Authorization).Distinct().Count());
        Assert.All(connector.Calls, call => Assert.Equal(200, call.Status));

        // A token with time left is kept again.
        tokens.ExpiresIn = TimeSpan.FromHours(1);
        await client.SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        await client.SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);
        Assert.Equal(4, tokens.Requests.Count);
    }

    [Theory]
    [InlineData("MultiTenant", null, "botframework.com")]
    [InlineData(null, null, "botframework.com")]
    [InlineData("SingleTenant", "7a3b0c1d-0000-4000-8000-00000000c0de", "7a3b0c1d-0000-4000-8000-00000000c0de")]
    [InlineData("singletenant", "contoso.onmicrosoft.com", "contoso.onmicrosoft.com")]
    public async Task The_token_comes_from_the_bots_own_tenant_when_single_tenant_else_from_botframework_com(string? appType, string? tenantId, string expectedTenant)
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        connector.RequireTokensFrom(tokens);
        var settings = tokens.Settings(tenantId: tenantId);
        settings["MicrosoftAppType"] = appType;
        await using var services = Connector(settings: settings, tokens: tokens);

        await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);

        var request = Assert.Single(tokens.Requests);
        Assert.Equal(expectedTenant, request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal("00000000-0000-0000-0000-00000000b0b0", request.Form["client_id"]);
        Assert.Equal("not-a-real-secret", request.Form["client_secret"]);
        Assert.Equal(ConnectorTokens.Scope, request.Form["scope"]);
        Assert.Equal(200, Assert.Single(connector.Calls).Status);
    }

    [Fact]
    public async Task With_a_certificate_the_app_signs_an_assertion_instead_of_sending_a_secret()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        connector.RequireTokensFrom(tokens);
        using var credential = FakeTokenEndpoint.CreateCertificate("CN=CoachBot test credential");
        var path = Path.Combine(TestDatabases.Folder, $"{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(path, credential.Export(X509ContentType.Pfx, "pfx-password"));
        var settings = tokens.Settings("SingleTenant", "tenant-1");
        settings.Remove("MicrosoftAppPassword");
        settings["CoachBot:BotFramework:CertificatePath"] = path;
        settings["CoachBot:BotFramework:CertificatePassword"] = "pfx-password";
        await using var services = Connector(settings: settings, tokens: tokens);

        await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);

        var form = Assert.Single(tokens.Requests).Form;
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        // The assertion is a JWT for this app, signed with the configured certificate (named in its header).
        var parts = form["client_assertion"].Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonDocument.Parse(Base64Url(parts[0])).RootElement;
        var claims = JsonDocument.Parse(Base64Url(parts[1])).RootElement;
        Assert.Equal("00000000-0000-0000-0000-00000000b0b0", claims.GetProperty("sub").GetString());
        var thumbprints = header.EnumerateObject().Where(property => property.Name.StartsWith("x5t", StringComparison.Ordinal)).Select(property => property.Value.GetString()).ToList();
        Assert.Contains(Convert.ToBase64String(credential.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), thumbprints);
    }

    [Fact]
    public async Task Without_trusting_its_certificate_the_token_endpoint_is_refused_and_nothing_is_sent()
    {
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector(settings: tokens.Settings());

        await Assert.ThrowsAnyAsync<Exception>(() => Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None));

        Assert.Empty(tokens.Requests);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task With_no_app_id_no_token_is_fetched_or_sent()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var services = Connector();

        await Client(services).SendAsync(connector.ServiceUrl.AbsoluteUri, Message(), CancellationToken.None);

        Assert.Null(Assert.Single(connector.Calls).Authorization);
        Assert.Null(await services.GetRequiredService<ConnectorTokens>().GetTokenAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("Federated", "secret", null, "MicrosoftAppType")]
    [InlineData("MultiTenant", "secret", "http://127.0.0.1:1/", "Authority")]
    public void Credentials_that_cannot_get_a_token_are_refused_naming_the_key_but_no_value(string appType, string? password, string? authority, string key)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = password,
            ["CoachBot:BotFramework:Authority"] = authority,
        };
        using var services = Connector(settings: settings);

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_host_refuses_to_start_with_an_app_id_and_no_way_to_get_a_token()
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0" };

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await (await CoachBotServer.StartAsync(settings: settings)).DisposeAsync());

        Assert.Contains("MicrosoftAppPassword", refused.ToString(), StringComparison.Ordinal);
    }

    private static string Base64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
