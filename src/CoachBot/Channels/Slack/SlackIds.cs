using System.Buffers;
using System.Text.Json;

namespace CoachBot.Channels.Slack;

/// <summary>
/// What Slack's ids must look like before any of them reaches a storage key, a log line or a turn:
/// letters, digits and <c>.-_</c> (team <c>T…</c>, user <c>U…</c>, channel <c>D…</c>, event <c>Ev…</c>,
/// message timestamps <c>1700000000.000100</c>), at most 64 characters.
/// </summary>
public static class SlackIds
{
    public const int MaxLength = 64;

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_");

    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    public static bool IsSafe(string? id) =>
        id is { Length: > 0 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(IdCharacters);

    /// <summary>A string field of <paramref name="element"/> that is a safe id; null when absent or unsafe.</summary>
    public static string? Id(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { } id && IsSafe(id) ? id : null;

    /// <summary>A string field, whatever it holds (text); null when absent.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An object field; Undefined when absent.</summary>
    public static JsonElement Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    /// <summary>Slack's error code as it may be logged: its own lowercase words, else <c>unknown_error</c>.</summary>
    public static string SafeCode(string? code) =>
        code is { Length: > 0 and <= MaxLength } && !code.AsSpan().ContainsAnyExcept(CodeCharacters) ? code : "unknown_error";
}
