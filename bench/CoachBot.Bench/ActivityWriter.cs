using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CoachBot.Bench;

/// <summary>
/// Writes one virtual user's message activities (deliveryMode expectReplies) into a buffer it reuses.
/// The parts that never change for this user are encoded once, so a turn only formats two ids, a
/// timestamp and the text: the driver shares the machine with the bot and must stay cheap.
/// </summary>
internal sealed class ActivityWriter
{
    private static ReadOnlySpan<byte> BeforeActivityId => "{\"type\":\"message\",\"id\":\""u8;
    private static ReadOnlySpan<byte> BeforeText => "\"},\"text\":"u8;
    private static ReadOnlySpan<byte> BeforeTimestamp => ",\"locale\":\"en-US\",\"timestamp\":\""u8;
    private static ReadOnlySpan<byte> End => "\",\"deliveryMode\":\"expectReplies\"}"u8;

    /// <summary>From the end of the activity id to the start of the conversation id: channel, sender, recipient.</summary>
    private readonly byte[] _beforeConversationId;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _textWriter;

    public ActivityWriter(int userNumber, string channelId)
    {
        var channel = JsonSerializer.Serialize(channelId);
        _beforeConversationId = Encoding.UTF8.GetBytes(
            $"\",\"channelId\":{channel},\"serviceUrl\":\"http://127.0.0.1:1/\"," +
            $"\"from\":{{\"id\":\"user-{userNumber}\",\"name\":\"User {userNumber}\",\"role\":\"user\"}}," +
            "\"recipient\":{\"id\":\"bot\",\"role\":\"bot\"},\"conversation\":{\"id\":\"");
        _textWriter = new Utf8JsonWriter(_buffer);
    }

    /// <summary>The activity's UTF-8 JSON; valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(Guid conversationId, string text)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(BeforeActivityId);
        WriteGuid(Guid.NewGuid());
        _buffer.Write(_beforeConversationId);
        WriteGuid(conversationId);
        _buffer.Write(BeforeText);
        WriteJsonString(text);
        _buffer.Write(BeforeTimestamp);
        WriteUtcNow();
        _buffer.Write(End);
        return _buffer.WrittenMemory;
    }

    private void WriteGuid(Guid id)
    {
        var span = _buffer.GetSpan(36);
        id.TryFormat(span, out var written, "D");
        _buffer.Advance(written);
    }

    private void WriteUtcNow()
    {
        // "O" gives the round-trip ISO 8601 form with a Z suffix, e.g. 2026-01-31T12:00:00.1234567Z.
        var span = _buffer.GetSpan(40);
        DateTime.UtcNow.TryFormat(span, out var written, "O");
        _buffer.Advance(written);
    }

    /// <summary>Answers may echo whatever a bot offered as a choice, so they are escaped, not pasted.</summary>
    private void WriteJsonString(string text)
    {
        _textWriter.Reset(_buffer);
        _textWriter.WriteStringValue(text);
        _textWriter.Flush();
    }
}
