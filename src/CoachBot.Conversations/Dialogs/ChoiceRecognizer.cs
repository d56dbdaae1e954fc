using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;

namespace CoachBot.Conversations.Dialogs;

/// <summary>
/// Finds which choice a typed answer means: its number, the choice or a synonym in any case and
/// punctuation, with a typo or a plural ("finla round", "emails"), anywhere in a sentence ("I had the
/// final round interview"), or a unique partial match ("final" for "Final round"). When phrases of two
/// choices overlap, the longest one wins, since it is the more specific ("final round interview" over
/// "interview"); two choices named apart are ambiguous, and ambiguity recognizes nothing.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>Words shorter than this must be spelled right: "mail" and "main" are both words.</summary>
    private const int TypoMinLength = 5;
    /// <summary>
    /// Choice words at least this long may be typed with two typos: at most one in five letters. Two edits of a
    /// shorter word make other real words ("responded" is two letters from "rescinded", "screaming" from "screening").
    /// </summary>
    private const int TwoTyposMinLength = 10;

    /// <summary>
    /// Each choice phrase normalized once: the phrases are the coaching's constants (read back from each
    /// turn's saved prompt as new strings, so they are found by value), and every message is read against
    /// several lists of them. Bounded, because a few phrases (a person's name on a button) are not constants.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Phrase> Phrases = new(StringComparer.Ordinal);
    private const int PhrasesKept = 4_096;
    /// <summary>Counted apart: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary.</summary>
    private static int phrasesAdded;

    public static FoundChoice? Recognize(string text, IReadOnlyList<Choice> choices) =>
        Read(text, choices, numbered: true, out _);

    /// <summary>As <see cref="Recognize"/>, for a list never shown as numbered buttons: "1" names none of it.</summary>
    public static FoundChoice? RecognizeWords(string text, IReadOnlyList<Choice> choices) =>
        Read(text, choices, numbered: false, out _);

    /// <summary>The choices an answer names with equal claim (two or more), so the question can ask which; empty otherwise.</summary>
    public static IReadOnlyList<int> Ambiguous(string text, IReadOnlyList<Choice> choices)
    {
        Read(text, choices, numbered: true, out var ambiguous);
        return ambiguous;
    }

    private static FoundChoice? Read(string text, IReadOnlyList<Choice> choices, bool numbered, out IReadOnlyList<int> ambiguous)
    {
        ambiguous = [];
        var answer = Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        if (numbered && int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return Found(choices, number - 1);
        }

        var exact = MatchingIndexes(choices, answer, static (candidate, answer) => candidate.Normalized == answer);
        if (exact.Count == 1)
        {
            return Found(choices, exact[0]);
        }

        var words = answer.Split(' ');
        var spans = PhrasesInAnswer(choices, words);
        if (spans.Count > 0)
        {
            return Winner(choices, spans, out ambiguous);
        }

        // The answer is part of one choice only: "final" for "Final round". Whole words, so "no" never matches "now".
        var padded = $" {answer} ";
        var partial = answer.Length < 3 ? [] : MatchingIndexes(choices, padded, static (candidate, padded) => candidate.Padded.Contains(padded, StringComparison.Ordinal));
        if (partial.Count > 1)
        {
            ambiguous = partial;
        }

        return partial.Count == 1 ? Found(choices, partial[0]) : null;
    }

    /// <summary>The longest phrase found wins, unless another choice is named outside it.</summary>
    private static FoundChoice? Winner(IReadOnlyList<Choice> choices, List<Span> spans, out IReadOnlyList<int> ambiguous)
    {
        ambiguous = [];
        var best = spans[0];
        foreach (var span in spans)
        {
            if (span.Length > best.Length)
            {
                best = span;
            }
        }

        List<int>? rivals = null;
        foreach (var span in spans)
        {
            var inside = span.Start >= best.Start && span.End <= best.End;
            if (span.Choice != best.Choice && !inside)
            {
                rivals ??= [best.Choice];
                if (!rivals.Contains(span.Choice))
                {
                    rivals.Add(span.Choice);
                }
            }
        }

        if (rivals is not null)
        {
            ambiguous = rivals;
            return null;
        }

        return Found(choices, best.Choice);
    }

    private static List<Span> PhrasesInAnswer(IReadOnlyList<Choice> choices, string[] words)
    {
        var spans = new List<Span>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in PhrasesOf(choices[i]))
            {
                AddOccurrences(spans, i, phrase, words);
            }
        }

        return spans;
    }

    private static void AddOccurrences(List<Span> spans, int choice, Phrase phrase, string[] words)
    {
        if (phrase.Normalized.Length < 3)
        {
            return;
        }

        var phraseWords = phrase.Words;
        for (var start = 0; start + phraseWords.Length <= words.Length; start++)
        {
            var all = true;
            for (var k = 0; k < phraseWords.Length && all; k++)
            {
                all = WordMatches(words[start + k], phraseWords[k]);
            }

            if (all)
            {
                spans.Add(new Span(choice, start, start + phraseWords.Length, phrase.Normalized.Length));
            }
        }
    }

    /// <summary>The same word, its plural, or (for longer words starting with the same letter) a typo of it.</summary>
    private static bool WordMatches(string typed, string expected)
    {
        if (typed == expected)
        {
            return true;
        }

        if (IsPlural(typed, expected) || IsPlural(expected, typed))
        {
            return true;
        }

        var shorter = Math.Min(typed.Length, expected.Length);
        if (shorter < TypoMinLength || typed[0] != expected[0] || Math.Abs(typed.Length - expected.Length) > 2)
        {
            return false;
        }

        // Counted on the word meant, so a typo that drops letters of a long word still reads ("aplicaton").
        var allowed = expected.Length >= TwoTyposMinLength ? 2 : 1;
        return EditDistance(typed, expected, allowed) <= allowed;
    }

    private static bool IsPlural(string plural, string singular) =>
        plural.Length > singular.Length && plural.StartsWith(singular, StringComparison.Ordinal)
        && (plural.Length == singular.Length + 1 ? plural[^1] == 's' : plural.Length == singular.Length + 2 && plural.EndsWith("es", StringComparison.Ordinal));

    /// <summary>Optimal string alignment distance (a swap of two letters counts as one), giving up above <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var width = b.Length + 1;
        Span<int> rows = stackalloc int[3 * width];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    private static List<int> MatchingIndexes(IReadOnlyList<Choice> choices, string answer, Func<Phrase, string, bool> matches)
    {
        var indexes = new List<int>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in PhrasesOf(choices[i]))
            {
                if (matches(phrase, answer))
                {
                    indexes.Add(i);
                    break;
                }
            }
        }

        return indexes;
    }

    private static Phrase[] PhrasesOf(Choice choice) =>
        choice.Phrases ??= [PhraseOf(choice.Value), .. (choice.Synonyms ?? []).Select(PhraseOf)];

    private static Phrase PhraseOf(string text)
    {
        if (Phrases.TryGetValue(text, out var known))
        {
            return known;
        }

        var normalized = Normalize(text);
        var phrase = new Phrase(normalized, normalized.Split(' '), $" {normalized} ");
        if (Volatile.Read(ref phrasesAdded) < PhrasesKept && Phrases.TryAdd(text, phrase))
        {
            Interlocked.Increment(ref phrasesAdded);
        }

        return phrase;
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index) => new(choices[index].Value, index);

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    public static string Normalize(string text)
    {
        // Never longer than the text: written into a buffer on the stack (or rented), then one string.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(c);
                pendingSpace = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingSpace = true;
            }
        }

        var written = buffer[..length];
        var normalized = written.SequenceEqual(text) ? text : new string(written);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return normalized;
    }

    /// <summary>A choice or synonym normalized: whole, split into words, and padded with spaces to find whole words in it.</summary>
    internal sealed record Phrase(string Normalized, string[] Words, string Padded);

    /// <summary>Where a choice's phrase was found: words [Start, End) of the answer, and how long the phrase is.</summary>
    private readonly record struct Span(int Choice, int Start, int End, int Length);
}
