using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Channels.Slack;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>
/// What Slack's endpoints refuse or ignore, each through the real host: forged, stale, unsigned,
/// oversized and malformed requests, replays and retries (also across a restart), and bots' own events.
/// None of them runs a turn, calls Slack, or stores anything.
/// </summary>
public sealed class SlackRequestTests : IAsyncLifetime
{
    private FakeSlackApi slack = null!;
    private CoachBotServer server = null!;
    private HttpClient client = null!;
    private SlackPerson person = null!;
    private IReadOnlyList<string> storedAtStart = [];

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        (server, client) = await SlackHost.StartAsync(slack);
        person = new SlackPerson(client, slack);
        storedAtStart = await SlackHost.StoredKeysAsync(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_is_refused()
    {
        using var response = await person.PostEventAsync(person.Envelope(person.DirectMessage("hi")), secret: "not-the-signing-secret");
        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        var body = Encoding.UTF8.GetBytes(person.Envelope(person.DirectMessage("hi")).ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = SlackSignature.Sign(SlackPerson.SigningSecret, timestamp, body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"hi\"", "\"ho\"", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.EventsRoute) { Content = new ByteArrayContent(tampered) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, signature);
        using var response = await client.SendAsync(request);
        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_stale_timestamp_is_refused_even_with_a_valid_signature()
    {
        using var response = await person.PostEventAsync(person.Envelope(person.DirectMessage("hi")), signedAt: DateTimeOffset.UtcNow.AddMinutes(-6));
        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);
        using var future = await person.PostEventAsync(person.Envelope(person.DirectMessage("hi")), signedAt: DateTimeOffset.UtcNow.AddMinutes(6));
        await AssertRefusedAsync(future, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(SlackEndpoints.EventsRoute, "application/json")]
    [InlineData(SlackEndpoints.InteractionsRoute, "application/x-www-form-urlencoded")]
    [InlineData(SlackEndpoints.CommandsRoute, "application/x-www-form-urlencoded")]
    public async Task A_request_without_the_signature_headers_is_refused(string route, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(person.Envelope(person.DirectMessage("hi")).ToJsonString()) };
        request.Content.Headers.ContentType = new(contentType);
        using var response = await client.SendAsync(request);
        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized);

        using var timestampOnly = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent("text=help") };
        timestampOnly.Content.Headers.ContentType = new(contentType);
        timestampOnly.Headers.Add(SlackSignature.TimestampHeader, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var refused = await client.SendAsync(timestampOnly);
        await AssertRefusedAsync(refused, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Interactions_and_commands_signed_with_another_secret_are_refused()
    {
        var form = SlackPerson.Form(new Dictionary<string, string> { ["command"] = "/coach", ["text"] = "help", ["team_id"] = person.TeamId, ["user_id"] = person.UserId });
        using var command = await person.PostSignedAsync(SlackEndpoints.CommandsRoute, form, "application/x-www-form-urlencoded", secret: "forged");
        await AssertRefusedAsync(command, HttpStatusCode.Unauthorized);
        using var interaction = await person.PostSignedAsync(SlackEndpoints.InteractionsRoute, SlackPerson.Form(new Dictionary<string, string> { ["payload"] = "{}" }), "application/x-www-form-urlencoded", secret: "forged");
        await AssertRefusedAsync(interaction, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        var text = new string('a', 300_000);
        using var response = await person.PostEventAsync(person.Envelope(person.DirectMessage(text)));
        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Malformed_bodies_are_refused_after_the_signature_is_checked()
    {
        using var json = await person.PostSignedAsync(SlackEndpoints.EventsRoute, Encoding.UTF8.GetBytes("{\"type\":\"event_callback\","), "application/json");
        await AssertRefusedAsync(json, HttpStatusCode.BadRequest);
        var incomplete = person.Envelope(person.DirectMessage("hi"));
        incomplete.Remove("event_id");
        using var noId = await person.PostEventAsync(incomplete);
        await AssertRefusedAsync(noId, HttpStatusCode.BadRequest);
        var slashy = person.Envelope(person.DirectMessage("hi"));
        slashy["team_id"] = "T1/../conversation";
        using var badId = await person.PostEventAsync(slashy);
        await AssertRefusedAsync(badId, HttpStatusCode.BadRequest);
        using var noPayload = await person.PostSignedAsync(SlackEndpoints.InteractionsRoute, SlackPerson.Form(new Dictionary<string, string> { ["other"] = "1" }), "application/x-www-form-urlencoded");
        await AssertRefusedAsync(noPayload, HttpStatusCode.BadRequest);
        using var notJson = await person.PostSignedAsync(SlackEndpoints.InteractionsRoute, SlackPerson.Form(new Dictionary<string, string> { ["payload"] = "{not json" }), "application/x-www-form-urlencoded");
        await AssertRefusedAsync(notJson, HttpStatusCode.BadRequest);
        using var foreignUrl = await person.CommandAsync("help", new Uri("https://attacker.example/hooks/1"));
        await AssertRefusedAsync(foreignUrl, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("bot_id", "B0COACHBOT")]
    [InlineData("bot_id", "B0SOMEOTHERBOT")]
    [InlineData("subtype", "message_changed")]
    [InlineData("subtype", "channel_join")]
    [InlineData("user", FakeSlackApi.BotUserId)]
    public async Task Bots_own_messages_and_message_subtypes_are_ignored(string field, string value)
    {
        var message = person.DirectMessage("hi");
        message[field] = value;
        using var response = await person.PostEventAsync(person.Envelope(message));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task Url_verification_and_ssl_check_are_answered()
    {
        using var verification = await person.PostEventAsync(new JsonObject { ["token"] = "x", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" });
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonNode.Parse(await verification.Content.ReadAsStringAsync())!["challenge"]!.GetValue<string>());
        using var check = await person.PostSignedAsync(SlackEndpoints.CommandsRoute, SlackPerson.Form(new Dictionary<string, string> { ["ssl_check"] = "1", ["token"] = "x" }), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task A_replayed_request_and_a_retried_event_run_once()
    {
        var envelope = person.Envelope(person.DirectMessage("hi"));
        using (var first = await person.PostEventAsync(envelope))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var posted = slack.CallsTo("chat.postMessage").Count;
        Assert.True(posted > 0);
        var stored = await SlackHost.StoredKeysAsync(server);

        // The same signed bytes again (a replay within the window), and Slack's own retry of the event.
        var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());
        using (var replay = await person.PostSignedAsync(SlackEndpoints.EventsRoute, body, "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        }

        using (var retry = await person.PostEventAsync(envelope, headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" }))
        {
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        Assert.Equal(posted, slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(stored, await SlackHost.StoredKeysAsync(server));
    }

    [Fact]
    public async Task A_retried_event_runs_once_also_across_a_restart()
    {
        var envelope = person.Envelope(person.DirectMessage("hi"));
        using (await person.PostEventAsync(envelope))
        {
        }

        var posted = slack.CallsTo("chat.postMessage").Count;
        var database = server.DatabasePath;
        client.Dispose();
        await server.DisposeAsync();

        (server, client) = await SlackHost.StartAsync(slack, databasePath: database);
        var again = new SlackPerson(client, slack) { UserId = person.UserId };
        using (var retry = await again.PostEventAsync(envelope, headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "2", ["X-Slack-Retry-Reason"] = "http_timeout" }))
        {
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        Assert.Equal(posted, slack.CallsTo("chat.postMessage").Count);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        await AssertNothingDoneAsync();
    }

    private async Task AssertNothingDoneAsync()
    {
        Assert.Empty(slack.Calls);
        Assert.Equal(storedAtStart, await SlackHost.StoredKeysAsync(server));
    }
}
