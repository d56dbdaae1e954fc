using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Conversations.Activities;

namespace CoachBot.Conversations.Dialogs;

/// <summary>
/// One entry of the dialog stack. Its state is a typed object while the turn runs and JSON at rest: the
/// dialog that owns it names the type, so no untyped bag of values ever crosses a turn.
/// </summary>
[JsonConverter(typeof(DialogInstanceJsonConverter))]
public sealed class DialogInstance
{
    private object? live;

    public DialogInstance(string id) => Id = id;

    internal DialogInstance(string id, ReadOnlyMemory<byte> storedState)
    {
        Id = id;
        StoredState = storedState;
    }

    public string Id { get; }

    /// <summary>
    /// The saved state as stored (strict UTF-8 JSON, see <see cref="StoredDialogState"/>), typed on first use by
    /// the dialog that owns it, which alone knows its type; empty when the instance was stored without one.
    /// </summary>
    internal ReadOnlyMemory<byte> StoredState { get; }

    internal object? LiveState => live;

    public T GetState<T>() where T : class, new()
    {
        if (live is T typed)
        {
            return typed;
        }

        if (live is not null)
        {
            throw new DialogStackException($"The saved state of dialog '{Id}' is a {live.GetType().Name}, not a {typeof(T).Name}.");
        }

        try
        {
            typed = StoredDialogState.IsObject(StoredState)
                ? StoredDialogState.Deserialize<T>(StoredState, ActivityJson.Options) ?? new T()
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
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance is an object.");
        }

        string? id = null;
        ReadOnlyMemory<byte> stored = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Compared as UTF-8: no string for the property names of every instance of every turn.
            var isId = reader.ValueTextEquals("id"u8);
            var isState = !isId && reader.ValueTextEquals("state"u8);
            reader.Read();
            if (isId)
            {
                id = reader.GetString();
            }
            else if (isState)
            {
                stored = StoredDialogState.Read(ref reader);
            }
            else if (!reader.TrySkip())
            {
                throw new JsonException("A dialog instance ended early.");
            }
        }

        return string.IsNullOrEmpty(id)
            ? throw new JsonException("A dialog instance needs an id.")
            : new DialogInstance(id, stored);
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, value.Id);
        if (value.LiveState is { } live)
        {
            writer.WritePropertyName("state"u8);
            JsonSerializer.Serialize(writer, live, live.GetType(), options);
        }
        else if (!value.StoredState.IsEmpty)
        {
            writer.WritePropertyName("state"u8);
            StoredDialogState.Write(writer, value.StoredState);
        }

        writer.WriteEndObject();
    }
}
