using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoachBot.Bench;

/// <summary>
/// Plays the user's side: reads the bot's replies to one turn and picks what to say next.
/// The rule is deliberately bot-agnostic, so the same driver works on CoachBot and on the peer:
/// the last reply marked <c>expectingInput</c> is the question; its first suggested action is the
/// answer, else "1" when the choices are listed inline, else a plausible free-text answer.
/// No reply expecting input means the conversation is over.
/// </summary>
internal sealed partial class Answerer
{
    private static readonly string[] FreeTextAnswers =
    [
        "Contoso",
        "Data Analyst intern",
        "They went with a candidate with more experience",
        "I led the data pipeline for our capstone project",
    ];

    private int _nextFreeText;

    /// <summary>Free-text answers restart per conversation, so the company comes first, then the role, and so on.</summary>
    public void StartConversation() => _nextFreeText = 0;

    /// <summary>The next thing to say, or null when no reply expects input (the conversation ended).</summary>
    /// <exception cref="InvalidDataException">The body is not an expectReplies response.</exception>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public string? NextMessage(ReadOnlyMemory<byte> expectedRepliesBody)
    {
        using var document = JsonDocument.Parse(expectedRepliesBody);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("activities", out var activities)
            || activities.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("response has no \"activities\" array");
        }

        JsonElement? question = null;
        foreach (var activity in activities.EnumerateArray())
        {
            if (activity.ValueKind == JsonValueKind.Object
                && activity.TryGetProperty("inputHint", out var hint)
                && hint.ValueKind == JsonValueKind.String
                && hint.ValueEquals("expectingInput"))
            {
                question = activity;
            }
        }

        if (question is not { } asked)
            return null;
        return FirstSuggestedAction(asked) ?? (OffersNumberedChoices(asked) ? "1" : NextFreeText());
    }

    private static string? FirstSuggestedAction(JsonElement activity)
    {
        if (!activity.TryGetProperty("suggestedActions", out var suggested)
            || suggested.ValueKind != JsonValueKind.Object
            || !suggested.TryGetProperty("actions", out var actions)
            || actions.ValueKind != JsonValueKind.Array
            || actions.GetArrayLength() == 0)
        {
            return null;
        }

        var first = actions[0];
        if (first.ValueKind != JsonValueKind.Object)
            return null;
        // value is what an imBack posts; it may be a non-string for other action types, then the title is what a user would type.
        return NonEmptyString(first, "value") ?? NonEmptyString(first, "title");
    }

    /// <summary>Channels without suggested actions get the choices in the text: "(1) Wait or (2) ..." or "1. Application".</summary>
    private static bool OffersNumberedChoices(JsonElement activity) =>
        NonEmptyString(activity, "text") is { } text && NumberedChoice().IsMatch(text);

    private static string? NonEmptyString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private string NextFreeText()
    {
        var answer = FreeTextAnswers[_nextFreeText];
        _nextFreeText = (_nextFreeText + 1) % FreeTextAnswers.Length;
        return answer;
    }

    [GeneratedRegex(@"\(1\)|(?:^|\s)1\.(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedChoice();
}
