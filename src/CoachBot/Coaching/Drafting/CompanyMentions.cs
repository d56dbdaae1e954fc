using System.Text;

namespace CoachBot.Coaching.Drafting;

/// <summary>
/// How often a letter names the company after its greeting. A recruiter reading "at Northwind Traders" four
/// times in ninety words hears a form filled in; a careful writer names it once or twice and then says
/// "there", "the team" or "you". The rubric holds every draft to <see cref="Most"/>, and the built-in
/// drafter rewrites its later mentions (<see cref="KeepFirst"/>).
/// </summary>
public static class CompanyMentions
{
    public const int Most = 2;

    /// <summary>The words that tie a mention into its sentence, and what the mention becomes after them.</summary>
    private static readonly Dictionary<string, string> ReferredBackAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["at"] = "there",
        ["with"] = "with you",
        ["to"] = "to you",
        ["wish"] = "wish you all",
        ["of"] = "of the team",
        ["for"] = "for the team",
        ["join"] = "join the team",
        // "the Contoso position" is "the position".
        ["the"] = "the",
    };

    /// <summary>Mentions of the company after the first line (the greeting may name it too).</summary>
    public static int CountAfterGreeting(string letter, string company)
    {
        var lineEnd = letter.IndexOf('\n');
        return lineEnd < 0 ? 0 : Positions(letter, company, lineEnd).Count;
    }

    /// <summary>The text with the company named <see cref="Most"/> times at most: each later mention said as a writer would refer back to it.</summary>
    public static string KeepFirst(string text, string company)
    {
        var positions = Positions(text, company, 0);
        if (positions.Count <= Most)
        {
            return text;
        }

        var written = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var at in positions.Skip(Most))
        {
            var end = at + company.Length;
            var possessive = end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && !IsNamePart(text, end + 2);
            end += possessive ? 2 : 0;
            var team = text.AsSpan(end).StartsWith(" team", StringComparison.Ordinal) && !IsNamePart(text, end + 5);
            end += team ? 5 : 0;

            var (wordStart, word) = WordBefore(text, at);
            string said;
            if (team || possessive)
            {
                // "Contoso's team" and "the Contoso team" are "the team"; "Contoso's mission" is "the team's mission".
                var tail = possessive && !team ? "team's" : "team";
                (wordStart, said) = string.Equals(word, "the", StringComparison.OrdinalIgnoreCase) ? (wordStart, $"{text[wordStart..(wordStart + 3)]} {tail}")
                    : (at, $"{(StartsSentence(text, at) ? "The" : "the")} {tail}");
            }
            else if (word is not null && ReferredBackAfter.TryGetValue(word, out var after))
            {
                said = char.IsUpper(text[wordStart]) ? char.ToUpperInvariant(after[0]) + after[1..] : after;
            }
            else
            {
                (wordStart, said) = (at, StartsSentence(text, at) ? "The team" : "the team");
            }

            written.Append(text, copied, wordStart - copied).Append(said);
            copied = end;
        }

        return written.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where the company is named as a whole name, from <paramref name="from"/> on.</summary>
    private static List<int> Positions(string text, string company, int from)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(company, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(company, at + company.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (!IsNamePart(text, at - 1) && !IsNamePart(text, at + company.Length))
            {
                found.Add(at);
            }
        }

        return found;
    }

    /// <summary>The word just before a position, and where it starts; the position itself when there is none.</summary>
    private static (int Start, string? Word) WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && end < at ? (start, text[start..end]) : (at, null);
    }

    private static bool IsNamePart(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '-');

    private static bool StartsSentence(string text, int index)
    {
        var at = index - 1;
        while (at >= 0 && text[at] == ' ')
        {
            at--;
        }

        return at < 0 || text[at] is '.' or '!' or '?' or '\n';
    }
}
