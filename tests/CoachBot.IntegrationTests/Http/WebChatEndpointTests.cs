using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Coaching;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Storage;

namespace CoachBot.IntegrationTests.Http;

/// <summary>The local web chat through the real host: its endpoint, its page and script, and switching it off.</summary>
public sealed class WebChatEndpointTests
{
    private const string WebChatEndpoint = "/api/webchat";

    [Fact]
    public async Task The_web_chat_answers_in_the_body_without_deliveryMode_and_always_on_the_webchat_channel()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        // Whatever a page claims (another channel, a serviceUrl, normal delivery), it stays a web chat.
        var user = new ChannelUser(client) { ConversationId = "", Endpoint = WebChatEndpoint, ChannelId = "msteams", DeliveryMode = null, Connector = connector, RepliesInBody = true };

        var opening = await user.SendAsync(user.Joined());
        var next = await user.SayAsync(CoachingPlayer.Company);

        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, opening.Question?.Text);
        Assert.Equal(IntakeDialog.RolePrompt, next.Question?.Text);
        Assert.All(opening.Replies.Concat(next.Replies), reply =>
        {
            Assert.Equal("webchat", reply.ChannelId);
            Assert.False(reply.Json.TryGetProperty("serviceUrl", out _), "A web chat reply carries no serviceUrl.");
            Assert.Equal(user.ConversationId, reply.ConversationId);
        });
        Assert.Empty(connector.Calls);
        var stored = StoredRows.About(server.DatabasePath, user.ConversationId);
        Assert.NotEmpty(stored);
        Assert.All(stored, row => Assert.Contains("webchat", row.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_and_its_script_are_served()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();

        using var page = await client.GetAsync("/");
        using var script = await client.GetAsync("/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("CoachBot", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains(WebChatEndpoint.TrimStart('/'), await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_web_chat_disabled_the_page_and_its_endpoint_are_not_found_but_the_bot_still_answers()
    {
        await using var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?> { ["CoachBot:WebChat:Enabled"] = "false" });
        using var client = server.CreateClient();
        var webChatUser = new ChannelUser(client) { Endpoint = WebChatEndpoint };

        using var page = await client.GetAsync("/");
        using var script = await client.GetAsync("/webchat.js");
        using var endpoint = await webChatUser.PostAsync(webChatUser.Joined());

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, endpoint.StatusCode);
        var botFrameworkUser = new ChannelUser(client);
        Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await botFrameworkUser.SendAsync(botFrameworkUser.Joined())).Question?.Text);
    }
}
