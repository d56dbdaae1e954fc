using System.Globalization;
using System.Text;

namespace CoachBot.Conversations.Dialogs;

/// <summary>
/// Finds which choice a typed answer means: its number, the choice or a synonym in any case and
/// punctuation, or a unique partial match ("final" for "Final round"). Ambiguity recognizes nothing.
/// </summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string text, IReadOnlyList<Choice> choices)
    {
        var answer = Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return Found(choices, number - 1);
        }

        var exact = MatchingIndexes(choices, candidate => candidate == answer);
        if (exact.Count == 1)
        {
            return Found(choices, exact[0]);
        }

        // Whole words only, so "no" never matches "now" and "i" never matches "interview".
        var partial = MatchingIndexes(choices, candidate =>
            ContainsWords(candidate, answer) || ContainsWords(answer, candidate));
        return partial.Count == 1 ? Found(choices, partial[0]) : null;
    }

    private static List<int> MatchingIndexes(IReadOnlyList<Choice> choices, Func<string, bool> matches)
    {
        var indexes = new List<int>();
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (matches(Normalize(choice.Value)) || (choice.Synonyms?.Any(synonym => matches(Normalize(synonym))) ?? false))
            {
                indexes.Add(i);
            }
        }

        return indexes;
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) => new(choices[index].Value, index);

    private static bool ContainsWords(string haystack, string needle) =>
        needle.Length >= 3 && $" {haystack} ".Contains($" {needle} ", StringComparison.Ordinal);

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
