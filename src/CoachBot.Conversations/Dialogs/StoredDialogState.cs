using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace CoachBot.Conversations.Dialogs;

/// <summary>
/// A dialog's saved state kept as the UTF-8 JSON it was stored as, until its dialog asks for it typed.
/// Component dialogs keep their children's stacks inside their own state, so the stack is nested: a
/// child's state is kept as a slice of its parent's bytes (read while the parent's state is typed on this
/// thread), not copied or parsed once per level. The bytes kept are always strict JSON (no comments, no
/// trailing commas, which the stored-state options accept on reading), so they are written back as they are.
/// </summary>
internal static class StoredDialogState
{
    /// <summary>The stored state being typed on this thread (<see cref="Deserialize"/>): states nested in it are slices of it.</summary>
    [ThreadStatic]
    private static ReadOnlyMemory<byte> typing;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Whether the stored state is a JSON object (the only shape a state is typed from; anything else starts afresh).</summary>
    public static bool IsObject(ReadOnlyMemory<byte> stored) => stored.Span is [(byte)'{', ..];

    /// <summary>Reads the value at the reader (its first token), leaving the reader on its last token.</summary>
    public static ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader)
    {
        // A reader over one span (the serializer's own, from a string, bytes or a stream's buffer) has no
        // sequence position: the value is then the bytes from its first token to the end of its last.
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.Position.GetObject() is not null)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return Normalized(document.RootElement);
        }

        var start = reader.TokenStartIndex;
        ref readonly var first = ref MemoryMarshal.GetReference(reader.ValueSpan);
        var options = reader.CurrentState.Options;
        if (!reader.TrySkip())
        {
            throw new JsonException("A dialog state ended early.");
        }

        var length = checked((int)(reader.BytesConsumed - start));
        var raw = MemoryMarshal.CreateReadOnlySpan(in first, length);

        var parent = typing;
        if (start + length <= parent.Length && Unsafe.AreSame(ref MemoryMarshal.GetReference(parent.Span[(int)start..]), ref Unsafe.AsRef(in first)))
        {
            // Inside the state being typed: already a copy, and already strict.
            return parent.Slice((int)start, length);
        }

        return (options.CommentHandling == JsonCommentHandling.Disallow && !options.AllowTrailingCommas) || IsStrict(raw)
            ? raw.ToArray()
            : Normalized(raw);
    }

    /// <summary>The state typed, with the states nested in it read as slices of <paramref name="stored"/>.</summary>
    public static T? Deserialize<T>(ReadOnlyMemory<byte> stored, JsonSerializerOptions options)
    {
        var outer = typing;
        typing = stored;
        try
        {
            return JsonSerializer.Deserialize<T>(stored.Span, options);
        }
        finally
        {
            typing = outer;
        }
    }

    public static void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> stored)
    {
        if (writer.Options.Indented || writer.Options.Encoder is not null)
        {
            // Laid out or escaped otherwise than it was stored: written as the writer writes everything else.
            using var document = JsonDocument.Parse(stored);
            document.RootElement.WriteTo(writer);
            return;
        }

        writer.WriteRawValue(stored.Span, skipInputValidation: true);
    }

    private static bool IsStrict(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() && reader.TrySkip() && reader.BytesConsumed == json.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A value written anew without what the lenient reader let through, as strict compact JSON.</summary>
    private static byte[] Normalized(ReadOnlySpan<byte> json)
    {
        var bytes = json.ToArray();
        using var document = JsonDocument.Parse(bytes, Lenient);
        return Normalized(document.RootElement);
    }

    private static byte[] Normalized(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
