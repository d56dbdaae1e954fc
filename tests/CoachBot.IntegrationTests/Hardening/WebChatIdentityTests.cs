using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Channels.WebChat;
using CoachBot.Coaching;
using CoachBot.Conversations.State;
using CoachBot.Hosting;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// The web chat's identity is the server's: a browser reaches only the conversations it started, under
/// the user id its sealed cookie holds, whatever ids its activities claim.
/// </summary>
public sealed class WebChatIdentityTests
{
    private const string Endpoint = "/api/webchat";

    [Fact]
    public async Task Another_browser_cannot_continue_or_read_a_conversation_by_its_id()
    {
        SwitchableStorage? storage = null;
        await using var server = await CoachBotServer.StartAsync(services: services => services.AddSingleton<IStorage>(sp =>
            storage = new SwitchableStorage(new SqliteStorage(sp.GetRequiredService<IOptions<CoachBotOptions>>().Value.Storage.Sqlite.Path))));
        using var victimBrowser = server.CreateClient();
        using var attackerBrowser = server.CreateClient();
        var victim = new ChannelUser(victimBrowser) { Endpoint = Endpoint, ConversationId = "", DeliveryMode = null, RepliesInBody = true };
        await victim.SendAsync(victim.Joined());
        var asked = await victim.SayAsync(CoachingPlayer.Company);
        var victimUserId = asked.Replies[0].RecipientId!;
        var rowsBefore = StoredRows.About(server.DatabasePath, victim.ConversationId);
        storage!.KeysRead.Clear();

        // The attacker knows the conversation id and the user id, and claims both.
        var attacker = new ChannelUser(attackerBrowser) { Endpoint = Endpoint, ConversationId = victim.ConversationId, UserId = victimUserId, DeliveryMode = null };
        using var takeover = await attacker.PostAsync(attacker.Message(CoachingPlayer.Role));
        var takeoverBody = await takeover.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, takeover.StatusCode);
        Assert.DoesNotContain(CoachingPlayer.Company, takeoverBody, StringComparison.Ordinal);
        Assert.DoesNotContain(storage.KeysRead, key => key.Contains(victim.ConversationId, StringComparison.Ordinal) || key.Contains(victimUserId, StringComparison.Ordinal));
        Assert.Equal(rowsBefore, StoredRows.About(server.DatabasePath, victim.ConversationId));

        // In a conversation of its own, the claimed user id is replaced by the attacker's own.
        var own = new ChannelUser(attackerBrowser) { Endpoint = Endpoint, ConversationId = "", UserId = victimUserId, DeliveryMode = null, RepliesInBody = true };
        var ownTurn = await own.SendAsync(own.Joined());
        Assert.NotEqual(victimUserId, ownTurn.Replies[0].RecipientId);
        Assert.DoesNotContain(storage.KeysRead, key => key.Contains(victimUserId, StringComparison.Ordinal));

        // The victim carries on where they were.
        Assert.Equal(IntakeDialog.StagePrompt, (await victim.SayAsync(CoachingPlayer.Role)).Question?.Text);
    }

    [Fact]
    public async Task The_session_cookie_is_sealed_HttpOnly_and_SameSite_Strict_and_a_forged_one_is_a_new_person()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.BaseAddress };
        var page = new ChannelUser(browser) { Endpoint = Endpoint, ConversationId = "", DeliveryMode = null };

        using var first = await page.PostAsync(page.Joined());
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        var conversationId = (string?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["activities"]![0]!["conversation"]!["id"];

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith($"{WebChatIdentity.CookieName}=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/api/webchat", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("wc-", conversationId, StringComparison.Ordinal);

        var sealedValue = cookie.Split(';')[0];
        var message = page.Message("hi");
        message["conversation"] = new JsonObject { ["id"] = conversationId };
        Assert.Equal(HttpStatusCode.OK, (await PostWithCookieAsync(browser, message, sealedValue)).StatusCode);
        // One character changed: the cookie no longer unseals, so it names nobody who started that conversation.
        var tampered = sealedValue[..^2] + (sealedValue[^2] == 'A' ? 'B' : 'A') + sealedValue[^1];
        Assert.Equal(HttpStatusCode.Forbidden, (await PostWithCookieAsync(browser, message, tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostWithCookieAsync(browser, message, null)).StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_the_web_chat_is_off_unless_it_is_turned_on_explicitly()
    {
        var appId = new Dictionary<string, string?> { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "not-a-secret" };
        await using (var server = await CoachBotServer.StartAsync(settings: appId))
        {
            using var client = server.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(Endpoint, new { type = "message" })).StatusCode);
        }

        await using (var server = await CoachBotServer.StartAsync(settings: new Dictionary<string, string?>(appId) { ["CoachBot:WebChat:Enabled"] = "true" }))
        {
            using var client = server.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            var user = new ChannelUser(client) { Endpoint = Endpoint, ConversationId = "", DeliveryMode = null, RepliesInBody = true };
            Assert.Equal(IntakeDialog.CompanyOrEmailPrompt, (await user.SendAsync(user.Joined())).Question?.Text);
        }
    }

    private static Task<HttpResponseMessage> PostWithCookieAsync(HttpClient browser, JsonObject activity, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent.Create(activity) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return browser.SendAsync(request);
    }
}
