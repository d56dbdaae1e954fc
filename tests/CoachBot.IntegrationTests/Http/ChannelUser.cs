using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.IntegrationTests.Fakes;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// One person in one conversation, posting activities the way a Bot Framework channel does. Activities
/// are built and read as plain JSON, so the tests see exactly what goes over the wire. With
/// <see cref="DeliveryMode"/> <c>expectReplies</c> the replies come from the response body; otherwise
/// from <see cref="Connector"/>, where the bot posts them.
/// </summary>
public sealed class ChannelUser(HttpClient client)
{
    public const string ExpectReplies = "expectReplies";

    public string Endpoint { get; init; } = "/api/messages";
    public string ChannelId { get; init; } = "msteams";
    /// <summary>Empty: the server names the conversation (the web chat does), and the user keeps to the id on its replies.</summary>
    public string ConversationId { get; set; } = $"a:1{Guid.NewGuid():N}";
    public string UserId { get; init; } = $"29:1{Guid.NewGuid():N}";
    public string UserName { get; init; } = "Ada Lovelace";
    public string BotId { get; init; } = "28:coachbot-app-id";
    public string BotName { get; init; } = "CoachBot";
    public string Locale { get; init; } = "en-GB";
    public string? DeliveryMode { get; init; } = ExpectReplies;
    public FakeConnector? Connector { get; init; }

    /// <summary>The endpoint answers in the response body whatever the activity asks (the web chat does).</summary>
    public bool RepliesInBody { get; init; }

    /// <summary>Defaults to the <see cref="Connector"/>'s address when there is one.</summary>
    public Uri? ServiceUrl { get; init; }

    private Uri? EffectiveServiceUrl => ServiceUrl ?? Connector?.ServiceUrl;

    /// <summary>An activity with everything a Teams-like channel sends, to adjust before posting.</summary>
    public JsonObject NewActivity(string type)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Guid.NewGuid():N}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["localTimestamp"] = DateTimeOffset.Now.ToString("O"),
            ["localTimezone"] = "Europe/London",
            ["channelId"] = ChannelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = "6f8e3f5e-0000-4000-8000-000000000001", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName, ["role"] = "bot" },
            ["conversation"] = ConversationId.Length > 0
                ? new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" }
                : new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["locale"] = Locale,
        };
        if (EffectiveServiceUrl is { } serviceUrl)
        {
            activity["serviceUrl"] = serviceUrl.ToString();
        }

        if (DeliveryMode is { } mode)
        {
            activity["deliveryMode"] = mode;
        }

        return activity;
    }

    /// <summary>The person opens the chat: Teams reports both the bot and the person as added.</summary>
    public JsonObject Joined()
    {
        var activity = NewActivity("conversationUpdate");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = UserId });
        return activity;
    }

    public JsonObject Message(string text)
    {
        var activity = NewActivity("message");
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity) => PostRawAsync(activity.ToJsonString(), "application/json");

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType) =>
        client.PostAsync(Endpoint, new StringContent(body, Encoding.UTF8, contentType));

    public Task<Turn> SayAsync(string text) => SendAsync(Message(text));

    /// <summary>Posts <paramref name="activity"/>, requires a 200 in the shape of its delivery mode, and collects the replies.</summary>
    public async Task<Turn> SendAsync(JsonObject activity)
    {
        var callsBefore = Connector?.Calls.Count ?? 0;
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The bot answered {(int)response.StatusCode}: {body}");

        if (RepliesInBody || (string?)activity["deliveryMode"] == ExpectReplies)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var inBody = BotReply.ParseExpectedReplies(body);
            if (ConversationId.Length == 0 && inBody.FirstOrDefault()?.ConversationId is { } issued)
            {
                ConversationId = issued;
            }

            return new Turn(activity, inBody, []);
        }

        // Normal delivery: an empty 200 at once; the client waits for the background turn (CoachBotServer.CreateClient).
        Assert.Equal("", body);
        var calls = Connector?.Calls.Skip(callsBefore).ToList() ?? [];
        // Replies are what the person reads: typing indicators and stream updates are in the calls only.
        var replies = calls.Where(call => call.Delivered && call.Activity.ValueKind == JsonValueKind.Object
                && call.Activity.TryGetProperty("type", out var type) && type.GetString() == "message")
            .Select(call => new BotReply(call.Activity)).ToList();
        return new Turn(activity, replies, calls);
    }
}

/// <summary>One inbound activity and what came back: the replies, and for normal delivery every connector request.</summary>
public sealed record Turn(JsonObject Inbound, IReadOnlyList<BotReply> Replies, IReadOnlyList<ConnectorCall> Calls)
{
    public string InboundId => (string)Inbound["id"]!;

    /// <summary>The question this turn ended on, if the bot is waiting for an answer.</summary>
    public BotReply? Question => Replies.Count > 0 && Replies[^1].IsAsking ? Replies[^1] : null;

    public IEnumerable<string?> Texts => Replies.Select(reply => reply.Text);

    public override string ToString() =>
        $"user: {(string?)Inbound["text"] ?? (string?)Inbound["type"]}{Environment.NewLine}"
        + string.Concat(Replies.Select(reply => $"  bot: {reply.Text}{Environment.NewLine}"));
}

/// <summary>An activity from the bot, read with the protocol's exact (case-sensitive) field names.</summary>
public sealed class BotReply(JsonElement json)
{
    public const string DraftContentType = "application/vnd.coachbot.draft";

    public JsonElement Json { get; } = json;

    public string? Type => StringAt("type");
    public string? Text => StringAt("text");
    public string? Locale => StringAt("locale");
    public string? InputHint => StringAt("inputHint");
    public string? ReplyToId => StringAt("replyToId");
    public string? ChannelId => StringAt("channelId");
    public string? ConversationId => StringAt("conversation", "id");
    public string? FromId => StringAt("from", "id");
    public string? RecipientId => StringAt("recipient", "id");

    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The values the buttons send back, in order: suggested actions, or an Adaptive Card's for a longer list.</summary>
    public IReadOnlyList<string> SuggestedValues =>
        Json.TryGetProperty("suggestedActions", out var suggested) && suggested.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Select(action => action.GetProperty("value").GetString()!).ToList()
            : Cards.SelectMany(CardChoices).ToList();

    /// <summary>A question: it says it expects input, or offers buttons.</summary>
    public bool IsAsking => InputHint == "expectingInput" || SuggestedValues.Count > 0;

    /// <summary>The text of the draft, when the reply carries one: the neutral attachment (web chat), or the Bot Framework card.</summary>
    public string? DraftText =>
        Attachments.Where(attachment => attachment.TryGetProperty("contentType", out var type) && type.GetString() == DraftContentType)
            .Select(attachment => attachment.GetProperty("content").GetProperty("text").GetString())
            .Concat(Cards.Where(card => BlockTitle(card) == "Your draft").Select(card => card.GetProperty("body")[1].GetProperty("codeSnippet").GetString()))
            .FirstOrDefault();

    /// <summary>The Adaptive Cards the reply carries.</summary>
    public IEnumerable<JsonElement> Cards =>
        Attachments.Where(attachment => attachment.TryGetProperty("contentType", out var type) && type.GetString() == AdaptiveCardContentType)
            .Select(attachment => attachment.GetProperty("content"));

    private IEnumerable<JsonElement> Attachments =>
        Json.TryGetProperty("attachments", out var attachments) ? attachments.EnumerateArray() : [];

    private static IEnumerable<string> CardChoices(JsonElement card) =>
        card.TryGetProperty("actions", out var actions)
            ? actions.EnumerateArray().Select(action => action.GetProperty("data").GetProperty("msteams").GetProperty("value").GetString()!)
            : [];

    private static string? BlockTitle(JsonElement card) =>
        card.TryGetProperty("body", out var body) && body.GetArrayLength() > 0 && body[0].TryGetProperty("text", out var text) ? text.GetString() : null;

    /// <summary>The replies of an <c>expectReplies</c> response, which must be exactly <c>{"activities":[…]}</c>.</summary>
    public static IReadOnlyList<BotReply> ParseExpectedReplies(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(["activities"], root.EnumerateObject().Select(property => property.Name));
        return root.GetProperty("activities").EnumerateArray().Select(activity => new BotReply(activity.Clone())).ToList();
    }

    private string? StringAt(params string[] path)
    {
        var current = Json;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : null;
    }
}
