using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using CoachBot.Privacy;
using CoachBot.Tests;

namespace CoachBot.IntegrationTests.Channels;

/// <summary>
/// The web chat's session is honoured for its lifetime after it was issued, whatever the browser keeps,
/// and never again after "delete my data": a copy of the old cookie neither reaches the erased
/// conversation nor rebuilds anything under the erased person.
/// </summary>
public sealed class WebChatSessionTests
{
    private const string Endpoint = "/api/webchat";

    [Fact]
    public async Task A_copied_cookie_is_not_honoured_past_the_sessions_lifetime()
    {
        var clock = new ManualClock(FakeClock.DefaultStart);
        await using var server = await CoachBotServer.StartAsync(clock: clock);
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.BaseAddress };
        var (cookie, conversationId, _) = await OpenAsync(browser);
        var message = Message(conversationId, "hi");

        clock.Advance(TimeSpan.FromDays(179));
        Assert.Equal(HttpStatusCode.OK, (await PostWithCookieAsync(browser, message, cookie)).StatusCode);
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(HttpStatusCode.Forbidden, (await PostWithCookieAsync(browser, message, cookie)).StatusCode);
    }

    [Fact]
    public async Task After_delete_my_data_the_cookie_from_before_is_revoked()
    {
        await using var server = await CoachBotServer.StartAsync(Storage.TestPostgres.DatabaseForErasure());
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.BaseAddress };
        var (cookie, conversationId, userId) = await OpenAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await PostWithCookieAsync(browser, Message(conversationId, CoachingPlayer.Company), cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostWithCookieAsync(browser, Message(conversationId, "delete my data"), cookie)).StatusCode);
        using var erased = await PostWithCookieAsync(browser, Message(conversationId, DataRights.EraseYes), cookie);
        Assert.Contains("Done. I deleted", await erased.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The old cookie, kept or copied, reaches neither the old conversation nor the old person.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostWithCookieAsync(browser, Message(conversationId, "hi"), cookie)).StatusCode);
        using var fresh = await PostWithCookieAsync(browser, Message(null, "hi"), cookie);
        var replies = JsonNode.Parse(await fresh.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(userId, (string?)replies[0]!["recipient"]!["id"]);
        Assert.DoesNotContain(Storage.StoredRows.Read(server.DatabasePath), row => row.Key.StartsWith($"user/webchat/{userId}", StringComparison.Ordinal));
    }

    private static async Task<(string Cookie, string ConversationId, string UserId)> OpenAsync(HttpClient browser)
    {
        using var first = await browser.PostAsync(Endpoint, JsonContent.Create(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["from"] = new JsonObject { ["id"] = "me" },
            ["recipient"] = new JsonObject { ["id"] = "coachbot" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "me" }),
        }));
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie")).Split(';')[0];
        var reply = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["activities"]![0]!;
        return (cookie, (string)reply["conversation"]!["id"]!, (string)reply["recipient"]!["id"]!);
    }

    private static JsonObject Message(string? conversationId, string text) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "me" },
        ["recipient"] = new JsonObject { ["id"] = "coachbot" },
        ["conversation"] = conversationId is null ? new JsonObject() : new JsonObject { ["id"] = conversationId },
    };

    private static Task<HttpResponseMessage> PostWithCookieAsync(HttpClient browser, JsonObject activity, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent.Create(activity) };
        request.Headers.Add("Cookie", cookie);
        return browser.SendAsync(request);
    }
}
