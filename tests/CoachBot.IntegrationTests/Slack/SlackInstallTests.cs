using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Channels.Slack;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>
/// Many workspaces: OAuth v2 with a checked, expiring, single-use state; the installation stored and its
/// token used; the token rotated before it expires; uninstall and revoked tokens stop every message,
/// nudges included.
/// </summary>
public sealed class SlackInstallTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;

    [Fact]
    public async Task An_install_stores_the_workspace_whose_token_is_used_and_rotated_before_it_expires()
    {
        var clock = new ManualClock(Start);
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack, oauth: true, clock: clock);
        await using var _ = server;
        using var __ = client;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        var state = await BeginInstallAsync(browser);
        using (var granted = await browser.GetAsync($"{SlackOAuth.RedirectRoute}?code=good-code&state={state}"))
        {
            Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        }

        Assert.Equal("good-code", Assert.Single(slack.CallsTo("oauth.v2.access")).Field("code"));
        Assert.Equal("xoxb-installed-1", Assert.Single(slack.CallsTo("auth.test")).Token);

        // The state is good once.
        var stored = await SlackHost.StoredKeysAsync(server);
        using (var reused = await browser.GetAsync($"{SlackOAuth.RedirectRoute}?code=good-code&state={state}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        }

        Assert.Single(slack.CallsTo("oauth.v2.access"));

        var person = new SlackPerson(client, slack) { TeamId = "T0INSTALL", Now = clock.GetUtcNow };
        await person.SayAsync("hi");
        Assert.All(slack.CallsTo("chat.postMessage"), call => Assert.Equal("xoxb-installed-1", call.Token));

        // Within two hours of the 12-hour token's expiry, it is refreshed first and the new one used.
        clock.Advance(TimeSpan.FromHours(10.5));
        var later = new SlackPerson(client, slack) { TeamId = "T0INSTALL", UserId = person.UserId, Now = clock.GetUtcNow };
        var replies = await later.SayAsync("Contoso");
        var refresh = Assert.Single(slack.CallsTo("oauth.v2.access"), call => call.Field("grant_type") == "refresh_token");
        Assert.Equal("xoxe-1-refresh-1", refresh.Field("refresh_token"));
        Assert.All(replies.Posted, call => Assert.Equal("xoxb-installed-2", call.Token));
        Assert.Contains(stored, key => key.StartsWith(SlackInstallations.KeyPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_forged_or_expired_state_is_refused_and_nothing_is_stored()
    {
        var clock = new ManualClock(Start);
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack, oauth: true, clock: clock);
        await using var _ = server;
        using var __ = client;
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var state = await BeginInstallAsync(browser);
        var before = await SlackHost.StoredKeysAsync(server);

        foreach (var query in new[] { "?code=good-code", "?code=good-code&state=forged-state-value", "?code=good-code&state=../../x" })
        {
            using var refused = await browser.GetAsync(SlackOAuth.RedirectRoute + query);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        clock.Advance(SlackOAuth.StateLifetime + TimeSpan.FromSeconds(1));
        using (var expired = await browser.GetAsync($"{SlackOAuth.RedirectRoute}?code=good-code&state={state}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        }

        Assert.Empty(slack.Calls);
        Assert.DoesNotContain(await SlackHost.StoredKeysAsync(server), key => key.StartsWith(SlackInstallations.KeyPrefix, StringComparison.Ordinal));
        Assert.Equal(before.Count, (await SlackHost.StoredKeysAsync(server)).Count(key => !key.StartsWith(SlackOAuth.StatePrefix, StringComparison.Ordinal)) + 1);
    }

    [Theory]
    [InlineData("app_uninstalled")]
    [InlineData("tokens_revoked")]
    public async Task Uninstalling_or_revoking_stops_every_message_and_nudge_to_the_workspace(string lifecycle)
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        await using var _ = server;
        using var __ = client;
        var person = new SlackPerson(client, slack);
        await person.SayAsync("hi");
        var reference = new ConversationReference { ChannelId = SlackChannel.Id, ConversationId = person.Channel, UserId = person.UserId, TenantId = person.TeamId, BotId = FakeSlackApi.BotUserId };
        var runner = server.Services.GetRequiredService<TurnRunner>();

        // A nudge reaches the DM through the channel the registry finds, with no Slack code of its own.
        var posted = slack.CallsTo("chat.postMessage").Count;
        await runner.ContinueAsync(reference, EventNames.StartPrivately, null, "nudge-1", CancellationToken.None);
        Assert.True(slack.CallsTo("chat.postMessage").Count > posted);

        var payload = lifecycle == "app_uninstalled"
            ? new JsonObject { ["type"] = "app_uninstalled" }
            : new JsonObject { ["type"] = "tokens_revoked", ["tokens"] = new JsonObject { ["oauth"] = new JsonArray(), ["bot"] = new JsonArray(FakeSlackApi.BotUserId) } };
        using (var removed = await person.PostEventAsync(person.Envelope(payload)))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        posted = slack.Calls.Count;
        await runner.ContinueAsync(reference, EventNames.StartPrivately, null, "nudge-2", CancellationToken.None);
        Assert.Equal(posted, slack.Calls.Count);
        var state = await server.Services.GetRequiredService<IStorage>().ReadAsync(reference.StateKey, CancellationToken.None);
        Assert.Contains("\"unreachable\":true", state!.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task One_workspace_is_served_again_once_the_token_of_its_reinstall_is_configured()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        var (server, client) = await SlackHost.StartAsync(slack);
        var person = new SlackPerson(client, slack);
        await person.SayAsync("hi");
        using (await person.PostEventAsync(person.Envelope(new JsonObject { ["type"] = "app_uninstalled" })))
        {
        }

        var database = server.DatabasePath;
        client.Dispose();
        await server.DisposeAsync();

        // Restarted with the same token: still removed, nothing is sent.
        (server, client) = await SlackHost.StartAsync(slack, databasePath: database);
        var posted = slack.Calls.Count;
        await new SlackPerson(client, slack) { UserId = person.UserId }.SayAsync("Contoso");
        Assert.DoesNotContain(slack.Calls.Skip(posted), call => call.Method == "chat.postMessage");
        client.Dispose();
        await server.DisposeAsync();

        // Reinstalled in Slack, and its new token configured: served again.
        slack.Accept("xoxb-reinstalled");
        (server, client) = await SlackHost.StartAsync(slack, databasePath: database, extra: new Dictionary<string, string?> { ["CoachBot:Slack:BotToken"] = "xoxb-reinstalled" });
        await using var _ = server;
        using var __ = client;
        var replies = await new SlackPerson(client, slack) { UserId = person.UserId }.SayAsync("Data Analyst");
        Assert.True(replies.Posted.Count > 0, string.Join(" , ", replies.Calls.Select(call => $"{call.Method} {call.Token} {call.Answer}")));
        Assert.All(replies.Posted, call => Assert.Equal("xoxb-reinstalled", call.Token));
    }

    private static async Task<string> BeginInstallAsync(HttpClient browser)
    {
        using var install = await browser.GetAsync(SlackOAuth.InstallRoute);
        Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        var location = install.Headers.Location!;
        Assert.StartsWith("https://slack.com/oauth/v2/authorize?", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(FakeSlackApi.ClientId, query["client_id"].ToString());
        Assert.Equal(string.Join(',', SlackOptions.BotScopes), query["scope"].ToString());
        return query["state"].ToString();
    }
}
