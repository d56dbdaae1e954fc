using System.Text.RegularExpressions;
using CoachBot.Coaching.Drafting;

namespace CoachBot.Llm;

/// <summary>
/// What a model's text must pass before anyone sees it as CoachBot's: a draft passes the drafting rubric
/// (<see cref="DraftRubric"/>), and, for any text, it is
/// not empty, not too long, has no placeholders, no talk about itself, no names it was not given, and
/// claims no experience the person did not state. Each check returns what failed (empty: passed).
/// </summary>
public static partial class ModelOutputCheck
{
    public const int MaxDraftCharacters = 2_000;
    public const int MaxShortDraftCharacters = 900;
    public const int MaxMessageCharacters = 700;

    /// <summary>Capitalized words that are not names.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "I'm", "I've", "I'd", "I'll", "Dear", "Hi", "Hello", "Best", "Kind", "Warm", "Warmest", "Regards", "Sincerely",
        "Thank", "Thanks", "Many", "All", "Yours", "Cheers", "Respectfully", "LinkedIn", "HR", "CV", "OK",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "English", "Team", "Hiring", "Manager", "Recruiter", "Recruiting", "Talent", "Acquisition", "Human", "Resources",
    };

    /// <summary>A draft for <paramref name="request"/>: everything the rubric checks, and the model-specific checks.</summary>
    public static IReadOnlyList<string> Draft(string? draft, DraftRequest request)
    {
        if (string.IsNullOrWhiteSpace(draft))
        {
            return ["empty"];
        }

        var failures = new List<string>();
        var limit = request.Style.Short ? MaxShortDraftCharacters : MaxDraftCharacters;
        if (draft.Length > limit)
        {
            failures.Add("too long");
        }

        // The rubric first: the same check the built-in drafter is tested against.
        failures.AddRange(DraftRubric.Check(draft, request).Failures);
        failures.AddRange(Common(draft, Known(request)));
        failures.AddRange(InventedExperience(draft, request));
        return failures;
    }

    /// <summary>
    /// The part of a draft streamed so far: only the checks that more text cannot undo, so a preview stops
    /// as soon as it goes wrong.
    /// </summary>
    public static bool PreviewPasses(string partial, DraftRequest request) =>
        !Placeholder().IsMatch(partial) && !AboutItself().IsMatch(partial) && UnknownNames(CompleteWords(partial), Known(request)).Count == 0;

    /// <summary>A message from CoachBot to the person (a reflection, feedback on their reply): never a letter to the employer.</summary>
    public static IReadOnlyList<string> Message(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return ["empty"];
        }

        var failures = new List<string>();
        if (message.Length > MaxMessageCharacters)
        {
            failures.Add("too long");
        }

        if (ClaimsSent().IsMatch(message))
        {
            failures.Add("claims to have sent something");
        }

        // A message to the person, not a letter to the employer: a model asked for a reflection sometimes writes the reply instead.
        if (Salutation().IsMatch(message) || SignOff().IsMatch(message))
        {
            failures.Add("a letter, not a message");
        }

        // No check for names here: a message in the person's language (German capitalizes every noun) is
        // not a draft to send, and names in it are checked by nothing the employer reads.
        failures.AddRange(Common(message, known: null));
        return failures;
    }

    /// <summary>
    /// A model's text as CoachBot shows it: line endings as <c>\n</c>, no spaces at the ends of lines, and
    /// paragraphs one blank line apart (models write two or three now and then, or whitespace-only lines).
    /// </summary>
    public static string Tidy(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());
        return ExtraBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    private static IEnumerable<string> Common(string text, IReadOnlyList<string>? known)
    {
        if (Placeholder().IsMatch(text))
        {
            yield return "placeholder";
        }

        if (AboutItself().IsMatch(text))
        {
            yield return "talks about itself";
        }

        // The name itself stays out of the failure: failures may be logged or counted.
        if (known is not null && UnknownNames(text, known).Count > 0)
        {
            yield return "a name it was not given";
        }
    }

    /// <summary>Claims of experience ("I led…", "my five years of…") that none of the person's own points make.</summary>
    private static IEnumerable<string> InventedExperience(string draft, DraftRequest request)
    {
        var ownWords = string.Join(' ', request.Style.OwnPoints.Concat(request.Style.Instructions));
        foreach (Match claim in ExperienceClaim().Matches(draft))
        {
            var sentence = SentenceAround(draft, claim.Index);
            if (!SharesContent(sentence, ownWords))
            {
                yield return "claims experience the person did not state";
                yield break;
            }
        }
    }

    private static List<string> UnknownNames(string text, IReadOnlyList<string> known)
    {
        var unknown = new List<string>();
        foreach (Match word in CapitalizedWord().Matches(text))
        {
            if (StartsSentence(text, word.Index) || CommonWords.Contains(word.Value)
                || known.Any(value => value.Contains(word.Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            unknown.Add(word.Value);
        }

        return unknown;
    }

    private static List<string> Known(DraftRequest request)
    {
        var @case = request.Case;
        return new[] { @case.Company, @case.Role, @case.ContactName, @case.Reason, request.SenderName, request.Style.Greeting }
            .Concat(request.Style.OwnPoints)
            .Concat(request.Style.Instructions)
            .OfType<string>()
            .ToList();
    }

    /// <summary>The text without its last, possibly unfinished, word.</summary>
    private static string CompleteWords(string partial)
    {
        var end = partial.Length;
        while (end > 0 && char.IsLetter(partial[end - 1]))
        {
            end--;
        }

        return partial[..end];
    }

    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '(' or '-' or '*')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':';
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>Whether the sentence and the person's words share a content word (longer than three letters).</summary>
    private static bool SharesContent(string sentence, string ownWords)
    {
        var own = Words(ownWords);
        return Words(sentence).Any(word => word.Length > 3 && !ClaimWords.Contains(word) && own.Contains(word));
    }

    private static readonly HashSet<string> ClaimWords = new(StringComparer.OrdinalIgnoreCase) { "years", "experience", "with", "have", "team", "that", "this", "your" };

    private static HashSet<string> Words(string text) =>
        new(WordPattern().Matches(text).Select(match => match.Value), StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>|\b(your name|company name|recipient'?s? name|job title|insert [a-z ]+)\b|\bX{2,}\b|_{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(as an ai|language model|i cannot help|i can't help with|here is (the|your|a) (draft|reply|revised)|here's (the|your|a) (draft|reply|revised)|^\s*subject:|sure[,!] here)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex AboutItself();

    [GeneratedRegex(@"\b(i('ve| have)? (already )?sent|has been sent|i('ve| have) (e-?mailed|forwarded|submitted))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimsSent();

    [GeneratedRegex(@"\b(i (led|managed|built|launched|developed|designed|created|founded|grew|increased|delivered|won)|i('ve| have) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) years|my (\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)[- ]years?|my (experience|background|track record) (in|with|of))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceClaim();

    [GeneratedRegex(@"(?<![\p{L}'])\p{Lu}[\p{Ll}]+(?:['-]\p{L}+)?")]
    private static partial Regex CapitalizedWord();

    /// <summary>A line that greets like a letter: "Dear Ms Lee,", "Hi Priya,", "Hello hiring team,".</summary>
    [GeneratedRegex(@"^[ \t]*(dear|hi|hello|greetings|to whom it may concern)\b[^\n]{0,60},[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Salutation();

    /// <summary>A line that closes a letter: "Best regards,", "Sincerely,", "Thank you,".</summary>
    [GeneratedRegex(@"^[ \t]*((best|kind|warm|warmest|many)?[ \t]*(regards|wishes)|sincerely|yours( truly| sincerely| faithfully)?|respectfully|cheers|thanks|thank you|all the best)[ \t]*,[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
