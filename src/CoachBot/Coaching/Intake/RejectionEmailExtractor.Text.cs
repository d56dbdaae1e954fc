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
