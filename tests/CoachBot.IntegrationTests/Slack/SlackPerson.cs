using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Channels.Slack;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;

namespace CoachBot.IntegrationTests.Slack;

/// <summary>
/// One person in a Slack workspace, as Slack's servers speak for them: signed Events API posts, button
/// clicks and modal submissions as interactivity payloads, <c>/coach</c> as a slash command. The bot's
/// answers are read from the <see cref="FakeSlackApi"/>'s calls.
/// </summary>
public sealed class SlackPerson(HttpClient client, FakeSlackApi slack)
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string AppId = "A0FAKEAPP";

    private int events;

    public string UserId { get; init; } = $"U{Guid.NewGuid():N}"[..12].ToUpperInvariant();
    public string TeamId { get; init; } = FakeSlackApi.TeamId;

    /// <summary>The DM channel, as the fake's conversations.open names it too.</summary>
    public string Channel => "D" + UserId;

    /// <summary>The time the requests are signed at.</summary>
    public Func<DateTimeOffset> Now { get; init; } = () => DateTimeOffset.UtcNow;

    public static Dictionary<string, string?> Settings(FakeSlackApi slack, bool oauth = false) => new()
    {
        ["CoachBot:Slack:SigningSecret"] = SigningSecret,
        ["CoachBot:Slack:BotToken"] = oauth ? null : FakeSlackApi.BotToken,
        ["CoachBot:Slack:ClientId"] = oauth ? FakeSlackApi.ClientId : null,
        ["CoachBot:Slack:ClientSecret"] = oauth ? FakeSlackApi.ClientSecret : null,
        ["CoachBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        // Pacing has a test of its own; a whole conversation at one message a second would be slow to test.
        ["CoachBot:Slack:MessageInterval"] = "00:00:00",
        ["CoachBot:Slack:StreamUpdateInterval"] = "00:00:00",
    };

    /// <summary>An Events API envelope around <paramref name="payload"/>, as Slack sends it.</summary>
    public JsonObject Envelope(JsonObject payload, string? eventId = null) => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = TeamId,
        ["api_app_id"] = AppId,
        ["event"] = payload,
        ["type"] = "event_callback",
        ["event_id"] = eventId ?? $"Ev{Guid.NewGuid():N}",
        ["event_time"] = Now().ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = TeamId, ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true }),
    };

    public JsonObject DirectMessage(string text) => new()
    {
        ["type"] = "message",
        ["channel"] = Channel,
        ["user"] = UserId,
        ["text"] = text,
        ["ts"] = $"{Now().ToUnixTimeSeconds()}.{Interlocked.Increment(ref events):D6}",
        ["channel_type"] = "im",
        ["event_ts"] = $"{Now().ToUnixTimeSeconds()}.000001",
    };

    /// <summary>Says <paramref name="text"/> in the DM; returns what the bot posted to it meanwhile.</summary>
    public async Task<SlackReplies> SayAsync(string text)
    {
        var before = slack.Calls.Count;
        using var response = await PostEventAsync(Envelope(DirectMessage(text)));
        response.EnsureSuccessStatusCode();
        return new SlackReplies([.. slack.Calls.Skip(before)], Channel);
    }

    public async Task<HttpResponseMessage> PostEventAsync(JsonObject envelope, DateTimeOffset? signedAt = null, string? secret = null, IDictionary<string, string>? headers = null) =>
        await PostSignedAsync(SlackEndpoints.EventsRoute, Encoding.UTF8.GetBytes(envelope.ToJsonString()), "application/json", signedAt, secret, headers);

    /// <summary>Clicks the button labelled <paramref name="choice"/> on the latest message that has it.</summary>
    public async Task<SlackReplies> ClickAsync(string choice)
    {
        var message = slack.CallsTo("chat.postMessage").Last(call => call.Buttons.Any(button => button.GetProperty("value").GetString() == choice));
        var button = message.Buttons.First(button => button.GetProperty("value").GetString() == choice);
        var before = slack.Calls.Count;
        using var response = await PostInteractionAsync(BlockActions(message, button));
        response.EnsureSuccessStatusCode();
        return new SlackReplies([.. slack.Calls.Skip(before)], Channel);
    }

    /// <summary>A <c>block_actions</c> payload for a click on <paramref name="button"/> of <paramref name="message"/>.</summary>
    public JsonObject BlockActions(SlackCall message, JsonElement button) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = UserId, ["team_id"] = TeamId },
        ["api_app_id"] = AppId,
        ["team"] = new JsonObject { ["id"] = TeamId },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = message.Answer.GetProperty("ts").GetString(), ["channel_id"] = Channel, ["is_ephemeral"] = false },
        ["trigger_id"] = $"{Interlocked.Increment(ref events)}.1234.abcdef",
        ["channel"] = new JsonObject { ["id"] = Channel, ["name"] = "directmessage" },
        ["message"] = new JsonObject
        {
            ["type"] = "message",
            ["ts"] = message.Answer.GetProperty("ts").GetString(),
            ["text"] = message.Field("text"),
            ["blocks"] = JsonNode.Parse(message.Body.GetProperty("blocks").GetRawText()),
        },
        ["response_url"] = slack.ResponseUrl.ToString(),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = button.GetProperty("action_id").GetString(),
            ["block_id"] = "choices-0",
            ["text"] = JsonNode.Parse(button.GetProperty("text").GetRawText()),
            ["value"] = button.GetProperty("value").GetString(),
            ["type"] = "button",
            ["action_ts"] = $"{Now().ToUnixTimeSeconds()}.{Interlocked.Increment(ref events):D6}",
        }),
    };

    /// <summary>Submits the edit modal that <paramref name="opened"/> (a views.open call) showed, with <paramref name="text"/> in it.</summary>
    public async Task<SlackReplies> SubmitEditAsync(SlackCall opened, string text)
    {
        var view = opened.Body.GetProperty("view");
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["user"] = new JsonObject { ["id"] = UserId, ["team_id"] = TeamId },
            ["api_app_id"] = AppId,
            ["view"] = new JsonObject
            {
                ["id"] = opened.Answer.GetProperty("view").GetProperty("id").GetString(),
                ["type"] = "modal",
                ["callback_id"] = view.GetProperty("callback_id").GetString(),
                ["private_metadata"] = view.GetProperty("private_metadata").GetString(),
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject { [SlackRendering.DraftBlock] = new JsonObject { [SlackRendering.DraftInput] = new JsonObject { ["type"] = "plain_text_input", ["value"] = text } } },
                },
            },
        };
        var before = slack.Calls.Count;
        using var response = await PostInteractionAsync(payload);
        response.EnsureSuccessStatusCode();
        return new SlackReplies([.. slack.Calls.Skip(before)], Channel);
    }

    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload, DateTimeOffset? signedAt = null) =>
        PostSignedAsync(SlackEndpoints.InteractionsRoute, Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded", signedAt);

    /// <summary><c>/coach {text}</c> typed in <paramref name="channel"/>.</summary>
    public Task<HttpResponseMessage> CommandAsync(string text, Uri responseUrl, string channel = "C0CAREERS") =>
        PostSignedAsync(SlackEndpoints.CommandsRoute, Form(new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = TeamId,
            ["team_domain"] = "example-university",
            ["channel_id"] = channel,
            ["channel_name"] = "career-office",
            ["user_id"] = UserId,
            ["user_name"] = "ada",
            ["command"] = "/coach",
            ["text"] = text,
            ["api_app_id"] = AppId,
            ["response_url"] = responseUrl.ToString(),
            ["trigger_id"] = $"{Interlocked.Increment(ref events)}.5678.fedcba",
        }), "application/x-www-form-urlencoded");

    public async Task<HttpResponseMessage> PostSignedAsync(string route, byte[] body, string contentType, DateTimeOffset? signedAt = null, string? secret = null, IDictionary<string, string>? headers = null)
    {
        var timestamp = (signedAt ?? Now()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(secret ?? SigningSecret, timestamp, body));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static byte[] Form(IReadOnlyDictionary<string, string> fields) =>
        Encoding.UTF8.GetBytes(string.Join('&', fields.Select(field => $"{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(field.Value)}")));
}

/// <summary>The Web API calls a step caused, and what was posted to the person's DM among them.</summary>
public sealed record SlackReplies(IReadOnlyList<SlackCall> Calls, string Channel)
{
    public IReadOnlyList<SlackCall> Posted => [.. Calls.Where(call => call.Method == "chat.postMessage" && call.Field("channel") == Channel)];

    public IReadOnlyList<string> Texts => [.. Posted.Select(call => call.Field("text") ?? string.Empty)];

    /// <summary>The last message posted, usually the question.</summary>
    public SlackCall Last => Posted[^1];

    public IReadOnlyList<string> ButtonValues(SlackCall message) => [.. message.Buttons.Select(button => button.GetProperty("value").GetString()!)];
}

/// <summary>The Slack host and fake together, for a test.</summary>
public static class SlackHost
{
    public static async Task<(CoachBotServer Server, HttpClient Client)> StartAsync(FakeSlackApi slack, bool oauth = false, TimeProvider? clock = null, string? databasePath = null, IDictionary<string, string?>? extra = null)
    {
        var settings = SlackPerson.Settings(slack, oauth);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var server = await CoachBotServer.StartAsync(databasePath, clock, settings);
        return (server, server.CreateClient());
    }

    /// <summary>Every stored key, for checking that a refused request stored nothing.</summary>
    public static async Task<IReadOnlyList<string>> StoredKeysAsync(CoachBotServer server)
    {
        var storage = (CoachBot.Conversations.State.IStorage)server.Services.GetService(typeof(CoachBot.Conversations.State.IStorage))!;
        var keys = new List<string>();
        // Every key starts with a letter or digit (the storage lists by a non-empty prefix).
        foreach (var first in "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        {
            keys.AddRange(await storage.ListKeysAsync(first.ToString(), CancellationToken.None));
        }

        return [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public static string Json(SlackCall call) => JsonSerializer.Serialize(call.Body);
}
