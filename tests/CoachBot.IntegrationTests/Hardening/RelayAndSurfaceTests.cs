using System.Net;
using System.Text.RegularExpressions;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;
using CoachBot.IntegrationTests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// No open relay: anonymous activities are answered on loopback only, and a redirect is never followed.
/// Anonymous mode refuses a public address unless allowed. The page and its assets carry a strict
/// policy that the page passes; API answers are not cached.
/// </summary>
public sealed partial class RelayAndSurfaceTests
{
    [Theory]
    [InlineData("http://203.0.113.7/")]
    [InlineData("https://example.org/teams/")]
    [InlineData("http://169.254.169.254/latest/")]
    public async Task An_anonymous_activity_naming_a_serviceUrl_elsewhere_is_refused_and_nothing_is_stored(string serviceUrl)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { DeliveryMode = null, ServiceUrl = new Uri(serviceUrl) };

        using var response = await user.PostAsync(user.Joined());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Fact]
    public async Task A_redirect_loop_at_the_serviceUrl_is_not_followed_and_the_turn_is_still_saved()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        connector.AnswerNext(int.MaxValue, HttpStatusCode.TemporaryRedirect, null, location: connector.ServiceUrl.AbsoluteUri + "v3/conversations/loop/activities");
        var user = new ChannelUser(client) { DeliveryMode = null, Connector = connector };

        using var accepted = await user.PostAsync(user.Joined());
        await server.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        // The typing indicator and the first reply, each refused once: no request follows a Location.
        Assert.InRange(connector.Calls.Count, 1, 2);
        Assert.DoesNotContain(connector.Calls, call => call.ConversationId == "loop");
        Assert.NotEmpty(StoredRows.About(server.DatabasePath, user.ConversationId));
    }

    [Fact]
    public async Task Without_an_app_id_a_public_listen_address_stops_the_start_unless_anonymous_is_allowed()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:3978" }));
        var refusal = CommitAndStorageTests.Innermost<InvalidOperationException>(failure);
        Assert.Contains("CoachBot:AllowAnonymous", refusal?.Message, StringComparison.Ordinal);

        await using var allowed = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:3978", ["CoachBot:AllowAnonymous"] = "true" });
        await using var loopback = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["urls"] = "http://localhost:3978;http://127.0.0.1:3979;http://[::1]:3980" });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/webchat.js")]
    [InlineData("/webchat.css")]
    public async Task The_page_and_its_assets_carry_a_strict_policy(string path)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_handler_for_the_policy_to_block()
    {
        var html = await File.ReadAllTextAsync(Path.Combine(RepoTools.Root, "src", "CoachBot", "wwwroot", "index.html"));

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineStyle(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Theory]
    [InlineData("/api/messages")]
    [InlineData("/api/webchat")]
    public async Task Api_answers_are_never_cached(string endpoint)
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var user = new ChannelUser(client) { Endpoint = endpoint, ConversationId = endpoint == "/api/webchat" ? "" : $"a:1{Guid.NewGuid():N}" };

        using var answered = await user.PostAsync(user.Joined());
        using var refused = await user.PostRawAsync("{", "application/json");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("no-store", answered.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        Assert.Contains("frame-ancestors 'none'", string.Join(";", answered.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
