using System.Text.RegularExpressions;
using CoachBot.Conversations.Dialogs;

namespace CoachBot.Coaching.Intake;

public enum AnswerKind
{
    /// <summary>A name that can be kept.</summary>
    Usable,
    /// <summary>"I'd rather not say": accepted, never asked again, and the draft stays neutral.</summary>
    RatherNotSay,
    /// <summary>"I don't know", "skip": nothing to keep.</summary>
    NotKnown,
    /// <summary>A sentence, a question, emoji, or too long: not a name, so it is asked once more.</summary>
    Unclear,
}

public readonly record struct CheckedAnswer(AnswerKind Kind, string? Value = null);

/// <summary>
/// Checks an answer to "Which company?", "What was the role?" or "Who was your contact?" before it is
/// kept, so that a sentence, a question or "I don't know" never becomes a company's name.
/// </summary>
public static partial class AnswerCheck
{
    private static readonly List<Choice> RatherNot =
    [
        new() { Value = "rather not say", Synonyms = ["id rather not say", "i would rather not say", "rather not", "prefer not to say", "i prefer not to say", "id prefer not to say", "id rather not", "not saying", "private", "confidential", "none of your business", "i dont want to say", "dont want to say", "keep it private"] },
    ];

    private static readonly HashSet<string> NotKnownAnswers = new(StringComparer.Ordinal)
    {
        "i dont know", "dont know", "idk", "not sure", "im not sure", "no idea", "skip", "dunno", "dont remember", "i dont remember",
        "cant remember", "i cant remember", "forgot", "i forgot", "none", "n a", "na", "no", "nope", "unknown", "no clue", "not really",
        "i have no idea", "pass", "next", "whatever", "doesnt matter", "it doesnt matter", "not known", "no name", "they didnt say",
    };

    /// <summary>Replies like "sounds good" that are never a name (CoachBot's own buttons are <see cref="ButtonLabels"/>).</summary>
    private static readonly HashSet<string> NeverNames = new(StringComparer.Ordinal)
    {
        "looks right", "looks good", "sounds good", "all good", "nah", "cool", "great", "fine", "thanks", "thank you", "got it",
    };

    public static CheckedAnswer Company(string text) => Check(text, Names.Company);

    public static CheckedAnswer Role(string text) => Check(text, Names.Role);

    public static CheckedAnswer Contact(string text) => Check(text, PersonNamed);

    /// <summary>
    /// The name in an answer to "Who was your contact?", also when said around it: "it was priya from HR",
    /// "Tom Becker, the recruiter", "she's Dr Okafor in admissions". What is said around it is never part of the name.
    /// </summary>
    private static string? PersonNamed(string text) =>
        Names.Person(text) ?? (NameSaidAround().Match(text.Trim()) is { Success: true } said ? Names.Person(said.Groups["name"].Value) : null);

    [GeneratedRegex(@"^(?:(?:it|that|she|he|they)\s+(?:was|is|were)\s+|(?:it'?s|that'?s|she'?s|he'?s|shes|hes|thats|its)\s+)?(?<name>[^,]+?)(?:\s*,\s*.+|\s+(?:from|in|at|on|of)\s+.+)?[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex NameSaidAround();

    public static bool IsRatherNotSay(string text) =>
        ChoiceRecognizer.Normalize(text) is { Length: > 0 } normalized
        && (ChoiceRecognizer.RecognizeWords(normalized, RatherNot) is not null || normalized.Contains("rather not", StringComparison.Ordinal));

    public static bool IsNotKnown(string text) => NotKnownAnswers.Contains(ChoiceRecognizer.Normalize(text));

    private static CheckedAnswer Check(string text, Func<string, string?> asName)
    {
        var normalized = ChoiceRecognizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new(AnswerKind.Unclear);
        }

        if (IsRatherNotSay(text))
        {
            return new(AnswerKind.RatherNotSay);
        }

        if (NotKnownAnswers.Contains(normalized))
        {
            return new(AnswerKind.NotKnown);
        }

        if (text.Contains('?', StringComparison.Ordinal) || NeverNames.Contains(normalized) || ButtonLabels.ContainsNormalized(normalized))
        {
            return new(AnswerKind.Unclear);
        }

        return asName(text) is { } name ? new(AnswerKind.Usable, name) : new(AnswerKind.Unclear);
    }
}
