namespace CoachBot.Safety;

/// <summary>
/// Turns a message into the one form the lexicon is written against: lower case, accents and apostrophes
/// gone, words separated by single spaces, clause punctuation as a "." word, runs of a repeated letter
/// collapsed ("kiiill" = "kill" = "kil", so doubled letters never matter) and spelling variants replaced by
/// their canonical form (<see cref="CanonicalWords"/>). The lexicon goes through the same function, so a
/// phrase is written naturally ("don't want to live") and still matches every variant.
/// </summary>
internal static class SafetyText
{
    /// <summary>The word that stands for a clause break (".", ",", "!", "?", a new line, "。", "،", "।" ...).</summary>
    internal const string BoundaryWord = ".";

    private const string FinalBoundary = " " + BoundaryWord;
    private const int StackChars = 512;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Canonical = BuildCanonical();

    /// <summary>The folded form of <paramref name="text"/> as a string; for the lexicon and for tests.</summary>
    internal static string Normalize(string text)
    {
        var output = new PooledCharBuffer(stackalloc char[StackChars]);
        try
        {
            Fold(text, ref output);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>
    /// Writes the folded form of <paramref name="text"/> to <paramref name="output"/>. Returns true when it
    /// holds letters outside ASCII (CJK, Hangul, Arabic, Devanagari...), whose phrases are matched as fragments.
    /// </summary>
    internal static bool Fold(ReadOnlySpan<char> text, ref PooledCharBuffer output) => Fold(text, ref output, canonicalize: true);

    private static bool Fold(ReadOnlySpan<char> text, ref PooledCharBuffer output, bool canonicalize)
    {
        var word = new WordState(-1, -1);
        var hasNonAscii = false;
        foreach (var c in text)
        {
            switch (ScriptFolding.Fold(c, out var folded))
            {
                case FoldedChar.Letter:
                    hasNonAscii |= folded >= 0x80;
                    AppendLetter(ref output, ref word, folded);
                    break;
                case FoldedChar.Separator:
                    EndWord(ref output, ref word, canonicalize);
                    break;
                case FoldedChar.Boundary:
                    EndWord(ref output, ref word, canonicalize);
                    AppendBoundary(ref output, ref word);
                    break;
                case FoldedChar.Drop:
                    break;
            }
        }

        EndWord(ref output, ref word, canonicalize);
        if (output.Written.EndsWith(FinalBoundary, StringComparison.Ordinal))
        {
            output.Truncate(output.Length - FinalBoundary.Length); // a final full stop separates nothing
        }

        return hasNonAscii;
    }

    /// <summary>Where the word being written starts, and where the one before it started (-1: none).</summary>
    private record struct WordState(int Start, int PreviousStart)
    {
        public readonly bool InWord => Start >= 0;
    }

    private static void AppendLetter(ref PooledCharBuffer output, ref WordState word, char letter)
    {
        if (!word.InWord)
        {
            if (output.Length > 0)
            {
                output.Append(' ');
            }

            word.Start = output.Length;
        }
        else if (ScriptFolding.CollapsesRepeats(letter) && output.Last == letter)
        {
            return;
        }

        output.Append(letter);
    }

    private static void AppendBoundary(ref PooledCharBuffer output, ref WordState word)
    {
        // One boundary is enough ("?!..."), and one at the very start says nothing.
        if (output.Length > 0 && !output.Written.EndsWith(BoundaryWord, StringComparison.Ordinal))
        {
            output.Append(' ');
            output.Append(BoundaryWord);
        }

        word = new WordState(-1, -1);
    }

    /// <summary>
    /// Ends the current word, replacing it by its canonical form, then joins it with the word before when
    /// the pair has one ("my self" = "myself", "want 2" = "want to").
    /// </summary>
    private static void EndWord(ref PooledCharBuffer output, ref WordState word, bool canonicalize)
    {
        if (!word.InWord)
        {
            return;
        }

        if (canonicalize)
        {
            if (Canonical.TryGetValue(output.Written[word.Start..], out var single))
            {
                output.Truncate(word.Start);
                output.Append(single);
                word.Start = LastWordStart(output.Written, word.Start);
            }

            if (word.PreviousStart >= 0 && Canonical.TryGetValue(output.Written[word.PreviousStart..], out var pair))
            {
                output.Truncate(word.PreviousStart);
                output.Append(pair);
                word.Start = LastWordStart(output.Written, word.PreviousStart);
            }
        }

        word = new WordState(-1, word.Start);
    }

    private static int LastWordStart(ReadOnlySpan<char> written, int from) => from + written[from..].LastIndexOf(' ') + 1;

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BuildCanonical()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (written, canonical) in CanonicalWords.Pairs)
        {
            var key = FoldPlain(written);
            var value = FoldPlain(canonical);
            if (!map.TryAdd(key, value) && map[key] != value)
            {
                throw new InvalidOperationException($"Canonical words: '{written}' folds to '{key}', which already means '{map[key]}'.");
            }
        }

        return map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Folds without canonical forms: used to build the canonical table itself.</summary>
    private static string FoldPlain(string text)
    {
        var output = new PooledCharBuffer(stackalloc char[StackChars]);
        try
        {
            Fold(text, ref output, canonicalize: false);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }
}
