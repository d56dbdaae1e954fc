using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Dialogs;

/// <summary>
/// One entry of the dialog stack. Its state is a typed object while the turn runs and JSON at rest: the
/// dialog that owns it names the type, so no untyped bag of values ever crosses a turn.
/// </summary>
[JsonConverter(typeof(DialogInstanceJsonConverter))]
public sealed class DialogInstance(string id, JsonElement? storedState = null)
{
    private object? live;

    public string Id { get; } = id;

    internal JsonElement? StoredState { get; } = storedState;

    internal object? LiveState => live;

    public T GetState<T>() where T : class, new()
    {
        if (live is T typed)
        {
            return typed;
        }

        try
        {
            typed = StoredState is { ValueKind: JsonValueKind.Object } stored
                ? stored.Deserialize<T>(ActivityJson.Options) ?? new T()
                : new T();
        }
        catch (JsonException exception)
        {
            throw new DialogStackException($"The saved state of dialog '{Id}' does not fit {typeof(T).Name}.", exception);
        }

        live = typed;
        return typed;
    }

    public void SetState<T>(T state) where T : class => live = state;
}

internal sealed class DialogInstanceJsonConverter : JsonConverter<DialogInstance>
{
    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
        if (string.IsNullOrEmpty(id))
        {
            throw new JsonException("A dialog instance needs an id.");
        }

        JsonElement? state = root.TryGetProperty("state", out var stateElement) ? stateElement.Clone() : null;
        return new DialogInstance(id, state);
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        if (value.LiveState is { } live)
        {
            writer.WritePropertyName("state");
            JsonSerializer.Serialize(writer, live, live.GetType(), options);
        }
        else if (value.StoredState is { } stored)
        {
            writer.WritePropertyName("state");
            stored.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
