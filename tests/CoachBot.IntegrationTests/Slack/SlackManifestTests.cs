using System.Text.Json;
using CoachBot.Channels.Slack;
using CoachBot.IntegrationTests.Teams;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>The app manifest an admin creates the Slack app from asks for exactly what the code uses, at its routes.</summary>
public sealed class SlackManifestTests
{
    private static readonly JsonElement Manifest = JsonDocument.Parse(File.ReadAllText(RepoTools.PathOf("manifest", "slack", "manifest.json"))).RootElement;

    [Fact]
    public void The_scopes_are_exactly_those_the_app_uses_and_asks_for_when_installed()
    {
        var scopes = Manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(scope => scope.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(SlackOptions.BotScopes.Order(StringComparer.Ordinal), scopes);
    }

    [Fact]
    public void The_request_URLs_are_the_endpoints_on_one_placeholder_host()
    {
        var settings = Manifest.GetProperty("settings");
        var urls = new[]
        {
            settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString()!,
            settings.GetProperty("interactivity").GetProperty("request_url").GetString()!,
            Manifest.GetProperty("features").GetProperty("slash_commands")[0].GetProperty("url").GetString()!,
            Manifest.GetProperty("oauth_config").GetProperty("redirect_urls")[0].GetString()!,
        }.Select(url => new Uri(url)).ToList();

        Assert.Equal([SlackEndpoints.EventsRoute, SlackEndpoints.InteractionsRoute, SlackEndpoints.CommandsRoute, SlackOAuth.RedirectRoute], urls.Select(url => url.AbsolutePath));
        Assert.All(urls, url => Assert.Equal("https://coachbot.example.edu", url.GetLeftPart(UriPartial.Authority)));
        Assert.True(settings.GetProperty("interactivity").GetProperty("is_enabled").GetBoolean());
    }

    [Fact]
    public void The_bot_has_a_messages_tab_the_coach_command_and_the_events_it_handles()
    {
        var features = Manifest.GetProperty("features");
        Assert.True(features.GetProperty("app_home").GetProperty("messages_tab_enabled").GetBoolean());
        Assert.False(features.GetProperty("app_home").GetProperty("messages_tab_read_only_enabled").GetBoolean());
        Assert.Equal("CoachBot", features.GetProperty("bot_user").GetProperty("display_name").GetString());
        Assert.Equal("/coach", features.GetProperty("slash_commands")[0].GetProperty("command").GetString());
        var events = Manifest.GetProperty("settings").GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked"], events);
    }
}
