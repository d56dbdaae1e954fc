using System.Buffers;
using System.Text.Json;
using CoachBot.Channels.BotFramework;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;

namespace CoachBot.TurnProbe;

/// <summary>
/// What <c>POST /api/messages</c> does with an <c>expectReplies</c> turn, without the HTTP: the body read
/// into an activity, prepared, run by the front door, the replies rendered and written as the response body.
/// Kestrel's own work (headers, sockets) is left out; it does not change with the bot.
/// </summary>
internal sealed class ProbeEndpoint(TurnRunner runner, BotFrameworkChannel channel)
{
    private readonly ArrayBufferWriter<byte> response = new(16 * 1024);

    /// <returns>The replies as the driver reads them back from the response body.</returns>
    public async Task<IReadOnlyList<Activity>> TurnAsync(byte[] body)
    {
        var activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Wire)!;
        BotFrameworkChannel.Prepare(activity);
        var outcome = await runner.AnswerAsync(activity, channel, CancellationToken.None);
        if (outcome.Status != TurnStatus.Done)
        {
            throw new InvalidOperationException($"The turn ended {outcome.Status}.");
        }

        var replies = new ExpectedReplies { Activities = [.. outcome.Neutral.Select(BotFrameworkChannel.Render)] };
        response.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(response))
        {
            JsonSerializer.Serialize(writer, replies, ActivityJson.Wire);
        }

        return replies.Activities;
    }

    /// <summary>The driver's request body (bench/README.md, "The driver's contract with a bot").</summary>
    public static byte[] Request(string user, string conversation, string text)
    {
        var json = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            writer.WriteString("id", Guid.NewGuid().ToString());
            writer.WriteString("channelId", "emulator");
            writer.WriteString("serviceUrl", "http://127.0.0.1:1/");
            writer.WriteStartObject("from");
            writer.WriteString("id", user);
            writer.WriteString("name", user.Replace("user-", "User ", StringComparison.Ordinal));
            writer.WriteString("role", "user");
            writer.WriteEndObject();
            writer.WriteStartObject("recipient");
            writer.WriteString("id", "bot");
            writer.WriteString("role", "bot");
            writer.WriteEndObject();
            writer.WriteStartObject("conversation");
            writer.WriteString("id", conversation);
            writer.WriteEndObject();
            writer.WriteString("text", text);
            writer.WriteString("locale", "en-US");
            writer.WriteString("timestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("deliveryMode", "expectReplies");
            writer.WriteEndObject();
        }

        return json.WrittenSpan.ToArray();
    }
}
