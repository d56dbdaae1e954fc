using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Conversations.Activities;

/// <summary>The JSON options for activities and stored state: camelCase, enums as strings, nulls omitted.</summary>
public static class ActivityJson
{
    /// <summary>For stored state and anything else: the <see cref="Wire"/> settings, with enums as camelCase strings.</summary>
    public static JsonSerializerOptions Options { get; } = Create(enumsAsStrings: true);

    /// <summary>
    /// For the Activity protocol's types on the wire (activities read, <c>expectReplies</c> bodies, what the
    /// connector client posts): the same settings, read and written by the generated <see cref="ActivityJsonContext"/>.
    /// The protocol has no enums, and without a converter in the options the serializer may use the context's
    /// generated writing code; the bytes are those <see cref="Options"/> writes (<c>ActivityWireJsonTests</c>).
    /// </summary>
    public static JsonSerializerOptions Wire { get; } = Create(enumsAsStrings: false);

    private static JsonSerializerOptions Create(bool enumsAsStrings)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        if (enumsAsStrings)
        {
            options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.MakeReadOnly(populateMissingResolver: true);
        }
        else
        {
            options.TypeInfoResolver = ActivityJsonContext.Default;
            options.MakeReadOnly();
        }

        return options;
    }
}
