using CoachBot.Channels.BotFramework;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.IntegrationTests.Channels;

/// <summary>The Bot Framework channel's settings are one class, bound once, checked once, for both directions.</summary>
public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void A_managed_identity_without_a_tenant_is_refused_at_start_up_by_the_one_set_of_rules()
    {
        using var services = ConnectorClientTests.Connector(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
            ["MicrosoftAppType"] = "UserAssignedMSI",
        });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);

        Assert.Contains("MicrosoftAppTenantId", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_is_bound_and_none_of_its_keys_poses_as_the_bots_identity()
    {
        using var services = ConnectorClientTests.Connector(settings: new Dictionary<string, string?>
        {
            ["CoachBot:BotFramework:MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
            ["CoachBot:BotFramework:App:MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b1",
            ["CoachBot:BotFramework:Authority"] = "https://login.example.org/",
            ["OpenIdMetadataUrl"] = "https://attacker.example/.well-known/openidconfiguration",
        });

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.True(options.IsAnonymous);
        Assert.Equal("https://login.example.org/", options.Authority);
        Assert.Equal(BotFrameworkOptions.DefaultOpenIdMetadataUrl, options.OpenIdMetadataUrl);
    }
}
