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
        "no one", "noone", "nobody", "no contact", "no recruiter", "there wasnt one", "there wasnt anyone", "automated", "it was automated",
    };

    /// <summary>A bare no opening an answer is more often a correction ("no, it was Priya") than a not-known.</summary>
    private static readonly HashSet<string> BareNo = new(StringComparer.Ordinal) { "no", "nope", "na", "n a" };

    /// <summary>Replies like "sounds good" that are never a name (CoachBot's own buttons are <see cref="ButtonLabels"/>).</summary>
    private static readonly HashSet<string> NeverNames = new(StringComparer.Ordinal)
    {
        "looks right", "looks good", "sounds good", "all good", "nah", "cool", "great", "fine", "thanks", "thank you", "got it",
    };

    public static CheckedAnswer Company(string text) => Check(text, answer => NameIn(answer, Names.Company, lowerCaseTaken: static _ => false));

    public static CheckedAnswer Role(string text) => Check(text, answer => NameIn(answer, Names.Role, lowerCaseTaken: SaidToBeAJob));

    /// <summary>
    /// "it was Fabrikam", "it's a data analyst role", "the company is Globex, why": the answer said in a sentence's frame,
    /// which is never part of the name. Only a name in capitals, or a job said to be one, is taken out of a frame: "it was
    /// awful" and "that was the worst part" are asked again.
    /// </summary>
    private static string? NameIn(string answer, Func<string, string?> asName, Func<string, bool> lowerCaseTaken)
    {
        var frame = AnswerFrame().Match(answer.Trim());
        if (!frame.Success)
        {
            return asName(answer);
        }

        var said = answer.Trim()[frame.Length..].Split([',', ';', '.', '!'], 2)[0].Trim();
        return said.Length > 0 && (said.Any(char.IsUpper) || lowerCaseTaken(said)) ? asName(said) : null;
    }

    /// <summary>
    /// "it was fabrikam, applied online": the name a frame holds in lower case, written as a name ("Fabrikam"), to offer
    /// back; not kept by itself (it may be an ordinary word), and never a word about how the person is.
    /// </summary>
    public static string? CompanyInLowerCase(string text)
    {
        var answer = text.Trim();
        var frame = AnswerFrame().Match(answer);
        if (!frame.Success || PersonalText.IsAboutWellbeing(answer))
        {
            return null;
        }

        var said = answer[frame.Length..].Split([',', ';', '.', '!'], 2)[0].Trim();
        return said.Length == 0 || said.Any(char.IsUpper) || said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxGuessWords
            || said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(HowItWent.Contains) || FeelingInOwnWords.KnownFeeling(said) is not null
            || FeelingInOwnWords.ShadeOf(said) != FeelingShade.Unnamed
            ? null
            : Names.Company(string.Join(' ', said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]))) is { } name && !ButtonLabels.Contains(name) ? name : null;
    }

    /// <summary>Words that say how something went ("it was awful", "its fine"): never offered as a company's name.</summary>
    private static readonly HashSet<string> HowItWent = new(StringComparer.OrdinalIgnoreCase)
    {
        "awful", "fine", "ok", "okay", "great", "good", "bad", "terrible", "horrible", "rough", "hard", "tough", "brutal", "weird", "fun", "nice",
        "long", "short", "quick", "stressful", "painful", "rubbish", "crap", "worst", "best", "over", "done", "alright", "nothing", "everything",
    };

    /// <summary>A longer lower-case span after a frame is a sentence, not a name to offer.</summary>
    private const int MaxGuessWords = 3;

    [GeneratedRegex(@"^(?:(?:it|that|this|the\s+(?:company|role|job|position|employer))\s+(?:was|is)\s+(?:for\s+)?|(?:it'?s|that'?s|its|thats)\s+(?:for\s+)?|i\s+(?:was\s+)?appl(?:ied|ying)\s+(?:to|at|for)\s+)(?:(?:a|an|the)\s+(?=\S+\s+\S))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex AnswerFrame();

    private static readonly HashSet<string> JobWords = new(StringComparer.OrdinalIgnoreCase) { "role", "position", "job" };

    /// <summary>"data analyst role", "marketing internship": words said to be a job, in lower case too.</summary>
    private static bool SaidToBeAJob(string said) =>
        said.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && (JobWords.Contains(words[^1]) || Names.IsPositionKind(words[^1]));

    public static CheckedAnswer Contact(string text) => Check(text, PersonNamed);

    /// <summary>
    /// The name in an answer to "Who was your contact?", also when said around it: "it was priya from HR",
    /// "Tom Becker, the recruiter", "she's Dr Okafor in admissions". What is said around it is never part of the name.
    /// </summary>
    private static string? PersonNamed(string text) =>
        Names.Person(text) ?? (NameSaidAround().Match(text.Trim()) is { Success: true } said ? Names.Person(said.Groups["name"].Value) : null);

    [GeneratedRegex(@"^(?:(?:it|that|she|he|they)\s+(?:was|is|were)\s+|(?:it'?s|that'?s|she'?s|he'?s|shes|hes|thats|its)\s+)?(?<name>[^,]+?)(?:\s*,\s*.+|\s+(?:from|in|at|on|of)\s+.+)?[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex NameSaidAround();

    /// <summary>"mostly right but …", "yes except the role": a yes that goes on to a change.</summary>
    public static bool IsYesWithABut(string text) => YesWithABut().IsMatch(text);

    [GeneratedRegex(@"\b(?:but|except|although|though|apart\s+from|other\s+than|however|only\s+(?:thing|that)|one\s+thing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex YesWithABut();

    public static bool IsRatherNotSay(string text) =>
        ChoiceRecognizer.Normalize(text) is { Length: > 0 } normalized
        && (ChoiceRecognizer.RecognizeWords(normalized, RatherNot) is not null || normalized.Contains("rather not", StringComparison.Ordinal));

    public static bool IsNotKnown(string text) => NotKnownAnswers.Contains(ChoiceRecognizer.Normalize(text));

    /// <summary>
    /// "no one, it was through the portal", "idk tbh - it came from a no-reply address": a not-known said first,
    /// then why, with no name after it.
    /// </summary>
    private static bool OpensWithNotKnown(string text)
    {
        var opening = NotKnownOpening().Match(text);
        if (!opening.Success)
        {
            return false;
        }

        var first = TrailingFiller().Replace(ChoiceRecognizer.Normalize(opening.Groups["first"].Value), string.Empty);
        return NotKnownAnswers.Contains(first) && !BareNo.Contains(first) && !CapitalisedWord().IsMatch(text[opening.Length..]);
    }

    [GeneratedRegex(@"^\s*(?<first>[^,;:.!\-–—]+?)\s*(?:[,;:.!]|\s[-–—])", RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex NotKnownOpening();

    /// <summary>"idk tbh", "no one really": a not-known with a filler after it.</summary>
    [GeneratedRegex(@"(?:\s+(?:tbh|honestly|really|lol|sorry|tho|though))+$", RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex TrailingFiller();

    /// <summary>A word that may start a name, "I" aside.</summary>
    [GeneratedRegex(@"\b(?!I\b)\p{Lu}", RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex CapitalisedWord();

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

        if (NotKnownAnswers.Contains(normalized) || OpensWithNotKnown(text))
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
