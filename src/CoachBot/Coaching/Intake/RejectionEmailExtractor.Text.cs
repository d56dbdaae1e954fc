using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Intake;

/// <summary>Tidying the pasted text and matching patterns safely.</summary>
public static partial class RejectionEmailExtractor
{
    // ----- Shared helpers -----

    /// <summary>Clips to <see cref="MaxInputChars"/>, turns \r\n and \r into \n, tabs and no-break spaces into spaces, and trims each line's end.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var clipped = text.Length > MaxInputChars ? text[..MaxInputChars] : text;
        var builder = new StringBuilder(clipped.Length);
        for (var i = 0; i < clipped.Length; i++)
        {
            var c = clipped[i];
            if (c == '\r' && i + 1 < clipped.Length && clipped[i + 1] == '\n')
            {
                continue;
            }

            builder.Append(c switch
            {
                '\r' => '\n',
                '\t' or '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => c,
            });
        }

        var lines = builder.ToString().Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim();
    }

    /// <summary>
    /// The person's own words around a pasted letter ("got this today:"), without the letter's sentences: those in the
    /// employer's voice ("Thank you for interviewing with us last week") and whatever lies between its greeting and
    /// its sign-off.
    /// </summary>
    public static string OwnWordsAround(string text)
    {
        var email = Normalize(text);
        var greeting = FirstMatch(Salutation(), email);
        var signOff = greeting is { Success: true } ? AllMatches(SignOff(), email).FirstOrDefault(match => match.Index > greeting.Index) : null;
        // A letter in the person's own voice ("Dear Sir or Madam, I was informed on Wednesday …") is their own words.
        var outside = greeting is { Success: true } && signOff is not null && !SpeaksAsThePerson(email[greeting.Index..signOff.Index])
            ? email[..greeting.Index] + "\n" + email[(signOff.Index + signOff.Length)..]
            : email;
        var own = new StringBuilder();
        foreach (var sentence in LetterSentenceEnd().Split(outside))
        {
            // "emailed this morning that they're pulling it since 'we aren't able to compete'": a quote is the letter's
            // words inside the person's own sentence.
            if (!SpeaksAsTheEmployer(Quoted().Replace(sentence, " ")))
            {
                own.Append(sentence.Trim()).Append(".\n");
            }
        }

        return own.ToString();
    }

    /// <summary>Where a sentence of a pasted text ends: its punctuation, a line break, or a colon before the letter ("got this today:").</summary>
    [GeneratedRegex(@"(?<=[.!?:])\s+|\n", Options, MatchTimeoutMs)]
    private static partial Regex LetterSentenceEnd();

    /// <summary>Words in quotes: 'we aren't able to compete', "after careful consideration".</summary>
    [GeneratedRegex(@"(?<!\w)['‘](?:[^'‘’\n]|(?<=\w)['’](?=\w)){3,300}['’](?!\w)|[""“][^""“”\n]{3,300}[""”]", Options, MatchTimeoutMs)]
    private static partial Regex Quoted();

    private static List<string> CutAtSentenceWord(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var stop = words.FindIndex(1, word => NotNameWords.Contains(word));
        if (stop > 0)
        {
            words.RemoveRange(stop, words.Count - stop);
        }

        return words;
    }

    private static void TrimConnectors(List<string> words)
    {
        while (words.Count > 0 && Connectors.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word;

    private static int NonBlankLineCount(string text) =>
        text.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line));

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Match? FirstMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Enumerates matches lazily; a timeout ends the enumeration instead of throwing.</summary>
    private static IEnumerable<Match> AllMatches(Regex pattern, string text)
    {
        var match = FirstMatch(pattern, text);
        while (match is { Success: true })
        {
            yield return match;
            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
        }
    }

    private static int CountMatches(Regex pattern, string text, int stopAt) =>
        AllMatches(pattern, text).Take(stopAt).Count();
}
