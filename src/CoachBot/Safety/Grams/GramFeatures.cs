using System.Buffers;

namespace CoachBot.Safety.Grams;

/// <summary>
/// A message as hashed character n-grams and word unigrams and bigrams, the features of the n-gram layer
/// (<see cref="GramClassifier"/>). Character n-grams carry meaning across spellings, missing accents,
/// romanization and inflection in every script; the words add what a whole token says in scripts written
/// with spaces. The text is normalized first (lower case, full-width letters as ASCII, digits as 0, letters
/// repeated more than twice as two, punctuation as a space, Arabic vowel marks and tatweel dropped), and Latin
/// letters are also read with their accents folded (a message with accents holds every feature of the same words without). Features are
/// bucket numbers in [0, <see cref="Buckets"/>), each once, in ascending order; a message's features weigh
/// 1/√count each, so a long message does not read louder than a short one.
/// </summary>
public static class GramFeatures
{
    /// <summary>How many hashed buckets: 2^18.</summary>
    public const int Bits = 18;

    public const int Buckets = 1 << Bits;

    /// <summary>Character n-grams of these lengths (unigrams of letters outside ASCII only: a CJK character is a word).</summary>
    public const int MinGram = 1;

    public const int MaxGram = 5;

    /// <summary>Longer messages are read up to this many characters (a long paste: its beginning).</summary>
    public const int MaxChars = 4096;

    /// <summary>Longer tokens (a run of CJK characters without spaces) are no word features; their n-grams still are.</summary>
    private const int MaxWordChars = 24;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSeed = 0x9E3779B9;
    private const uint BigramSeed = 0x85EBCA6B;

    /// <summary>The most features a message of <paramref name="length"/> characters can give.</summary>
    public static int MaxFeatures(int length)
    {
        var chars = Math.Min(length, MaxChars) + 2;
        return (2 * chars * (MaxGram - MinGram + 1)) + (2 * chars);
    }

    /// <summary>The message's features, sorted and each once. Rented from the shared pool: return with <see cref="Return"/>.</summary>
    public static (int[] Rented, int Count) Rent(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<int>.Shared.Rent(MaxFeatures(text.Length));
        return (buffer, Of(text, buffer));
    }

    public static void Return(int[] rented) => ArrayPool<int>.Shared.Return(rented);

    /// <summary>A new array of the message's features (training and tests).</summary>
    public static int[] Of(string text)
    {
        var (rented, count) = Rent(text);
        var features = rented.AsSpan(0, count).ToArray();
        Return(rented);
        return features;
    }

    /// <summary>Writes the message's features into <paramref name="features"/> (at least <see cref="MaxFeatures"/> long) and returns how many.</summary>
    public static int Of(ReadOnlySpan<char> text, Span<int> features)
    {
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        var rented = ArrayPool<char>.Shared.Rent((2 * text.Length) + 4);
        try
        {
            var plain = rented.AsSpan(0, text.Length + 2);
            var folded = rented.AsSpan(text.Length + 2, text.Length + 2);
            var length = Normalize(text, plain, folded, out var accents);
            var count = Words(plain[..length], features, CharGrams(plain[..length], features, 0));
            if (accents)
            {
                count = Words(folded[..length], features, CharGrams(folded[..length], features, count));
            }

            var written = features[..count];
            written.Sort();
            return Unique(written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The weight of each feature of a message with <paramref name="count"/> of them: 1/√count.</summary>
    public static float ValueOf(int count) => count == 0 ? 0f : 1f / MathF.Sqrt(count);

    /// <summary>
    /// Both views at once, of the same length: lower case, digits as 0, runs of a letter cut to two, what
    /// <see cref="ScriptFolding"/> drops dropped (apostrophes, so "don't" is "dont"; Arabic vowel marks and tatweel),
    /// full-width letters as ASCII, Arabic letter forms as one, anything else that is no letter a single space;
    /// a space before and after, so n-grams know where words begin and end. <paramref name="plain"/> keeps Latin
    /// accents, <paramref name="folded"/> has them folded; <paramref name="accents"/> says whether they differ.
    /// (Not string.Normalize: with InvariantGlobalization, which the app sets, it leaves text as it is.)
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> text, Span<char> plain, Span<char> folded, out bool accents)
    {
        accents = false;
        var length = 0;
        plain[length] = ' ';
        folded[length++] = ' ';
        foreach (var raw in text)
        {
            char c, bare;
            switch (ScriptFolding.Fold(raw, out var foldedChar))
            {
                case FoldedChar.Drop:
                    continue;
                case FoldedChar.Letter when char.IsDigit(foldedChar):
                    (c, bare) = ('0', '0');
                    break;
                case FoldedChar.Letter:
                    // The plain view keeps a Latin letter's accent; everything else is folded alike in both views.
                    var lower = char.ToLowerInvariant(raw);
                    c = lower is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' ? lower : foldedChar;
                    bare = foldedChar;
                    break;
                default:
                    (c, bare) = (' ', ' ');
                    break;
            }

            if (c == ' ' && plain[length - 1] == ' ')
            {
                continue;
            }

            if (c != ' ' && length >= 3 && plain[length - 1] == c && plain[length - 2] == c)
            {
                continue;
            }

            accents |= c != bare;
            plain[length] = c;
            folded[length++] = bare;
        }

        if (plain[length - 1] != ' ')
        {
            plain[length] = ' ';
            folded[length++] = ' ';
        }

        return length;
    }

    private static int CharGrams(ReadOnlySpan<char> text, Span<int> features, int count)
    {
        for (var start = 0; start < text.Length; start++)
        {
            var hash = FnvOffset;
            for (var n = 1; n <= MaxGram && start + n <= text.Length; n++)
            {
                var c = text[start + n - 1];
                hash = (hash ^ c) * FnvPrime;
                if (n < MinGram || (n == 1 && c < '\u0080'))
                {
                    continue;
                }

                // A gram of spaces alone (" ") says nothing.
                if (n == 1 && c == ' ')
                {
                    continue;
                }

                features[count++] = Bucket(hash);
            }
        }

        return count;
    }

    private static int Words(ReadOnlySpan<char> text, Span<int> features, int count)
    {
        var previous = 0u;
        var start = 1;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            var word = text[start..i];
            start = i + 1;
            if (word.Length == 0 || word.Length > MaxWordChars)
            {
                previous = 0;
                continue;
            }

            var hash = WordSeed;
            foreach (var c in word)
            {
                hash = (hash ^ c) * FnvPrime;
            }

            features[count++] = Bucket(hash);
            if (previous != 0)
            {
                features[count++] = Bucket(((previous ^ BigramSeed) * FnvPrime) ^ hash);
            }

            previous = hash;
        }

        return count;
    }

    /// <summary>The top bits of a final mix of the hash: FNV's low bits alone spread short grams poorly.</summary>
    private static int Bucket(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return (int)(hash >> (32 - Bits));
    }

    private static int Unique(Span<int> sorted)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var kept = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[kept - 1])
            {
                sorted[kept++] = sorted[i];
            }
        }

        return kept;
    }
}
