using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Conversations.Activities;

/// <summary>
/// The Activity protocol's types, compiled ahead: read and written through <see cref="ActivityJson.Wire"/>, whose
/// settings these match, the serializer writes them by generated code instead of walking reflected metadata.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(List<ChannelAccount?>))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
