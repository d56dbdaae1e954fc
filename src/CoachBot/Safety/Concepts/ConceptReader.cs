using System.Collections.Frozen;

namespace CoachBot.Safety.Concepts;

/// <summary>One concept found in a message, at a position in word units (doubled: a Chinese or Japanese character is half a word).</summary>
internal readonly record struct ConceptHit(Concept Concept, int Position);

/// <summary>One pattern that matched, before the message's languages are known.</summary>
internal readonly record struct PatternHit(int Pattern, int Position);

/// <summary>
/// Reads a message as concepts (<see cref="ConceptLexicon"/>): the message is folded as the patterns are, then
/// walked once through a trie of every pattern. Allocates nothing for a typical message.
/// </summary>
internal sealed class ConceptReader
{
    /// <summary>At most this many hits are read; a long paste's later words add nothing the classifier needs.</summary>
    public const int MaxHits = 192;

    /// <summary>Folded characters read at most (the head of a long paste).</summary>
    public const int MaxChars = 4096;

    private const int StackChars = 512;
    private const char Space = ' ';
    private const char ClauseEnd = '|';

    /// <summary>A clause boundary counts as this many extra words of distance (doubled units).</summary>
    private const int ClauseGap = 6;

    /// <summary>Emoji that mark a joke or tears, read as the words "lol" and "crying".</summary>
    private static readonly FrozenDictionary<int, string> EmojiWords = new Dictionary<int, string>
    {
        [0x1F602] = "lol",
        [0x1F923] = "lol",
        [0x1F606] = "lol",
        [0x1F605] = "lol",
        [0x1F480] = "lol",
        [0x1F643] = "lol",
        [0x1F61C] = "lol",
        [0x1F62D] = "crying",
        [0x1F622] = "crying",
    }.ToFrozenDictionary();

    /// <summary>A language's words count when they match at most this many times fewer than the best language's.</summary>
    private const int LanguageMargin = 1;

    private const int VietnameseLetterWeight = 3;

    /// <summary>How many buckets the character n-grams are hashed into.</summary>
    public const int NgramBuckets = 1 << 14;

    /// <summary>At most this many n-grams are read from one message.</summary>
    public const int MaxNgrams = 384;

    private readonly FrozenDictionary<long, int> edges;
    private readonly ConceptPattern[] patterns;
    private readonly int[][] terminals;

    public ConceptReader(IEnumerable<ConceptPattern> patterns)
    {
        this.patterns = [.. patterns.Distinct()];
        var edgeList = new Dictionary<long, int>();
        var ends = new List<List<int>> { new() };
        for (var index = 0; index < this.patterns.Length; index++)
        {
            var pattern = this.patterns[index];
            var node = 0;
            foreach (var c in pattern.Folded)
            {
                var key = EdgeKey(node, c);
                if (!edgeList.TryGetValue(key, out var next))
                {
                    next = ends.Count;
                    ends.Add([]);
                    edgeList.Add(key, next);
                }

                node = next;
            }

            ends[node].Add(index);
        }

        edges = edgeList.ToFrozenDictionary();
        terminals = [.. ends.Select(list => list.ToArray())];
    }

    /// <summary>The reader over every shipped dictionary.</summary>
    public static ConceptReader Shared { get; } = new(ConceptLexicon.Patterns());

    /// <summary>The concepts in <paramref name="text"/>, in order, into <paramref name="hits"/>; returns how many.</summary>
    public int Read(ReadOnlySpan<char> text, Span<ConceptHit> hits) => Read(text, hits, [], out _, out _);

    /// <summary>
    /// The same, and the hashed character n-grams of the folded text into <paramref name="ngrams"/> (see
    /// <see cref="Ngrams"/>): within one language they carry what no dictionary lists.
    /// </summary>
    /// <param name="english">Whether the message is English, or says nothing of another language (see <see cref="LanguagesOf"/>).</param>
    public int Read(ReadOnlySpan<char> text, Span<ConceptHit> hits, Span<int> ngrams, out int ngramCount, out bool english)
    {
        var folded = new PooledCharBuffer(stackalloc char[StackChars]);
        try
        {
            Fold(text, ref folded);
            Span<PatternHit> found = stackalloc PatternHit[MaxHits];
            var count = Scan(folded.Written, found);
            ngramCount = Ngrams(folded.Written, ngrams);
            return Keep(found[..count], LanguagesOf(found[..count], HasVietnameseLetters(text), out english), hits);
        }
        finally
        {
            folded.Dispose();
        }
    }

    /// <summary>The concepts in <paramref name="text"/>, as a list (for training and tests).</summary>
    public IReadOnlyList<ConceptHit> Read(string text)
    {
        Span<ConceptHit> hits = stackalloc ConceptHit[MaxHits];
        return hits[..Read(text, hits)].ToArray();
    }

    /// <summary>The patterns that matched in <paramref name="text"/>, with their language, for whoever tunes the dictionaries.</summary>
    public IReadOnlyList<string> Explain(string text)
    {
        var folded = new PooledCharBuffer(stackalloc char[StackChars]);
        try
        {
            Fold(text, ref folded);
            var found = new PatternHit[MaxHits];
            var count = Scan(folded.Written, found);
            var languages = LanguagesOf(found.AsSpan(0, count), HasVietnameseLetters(text), out _);
            return [.. found.Take(count).Select(hit => patterns[hit.Pattern]).Select(pattern =>
                $"{pattern.Folded}={pattern.Concept}/{ConceptLexicon.Tables[pattern.Language].Language}{(Kept(pattern, languages) ? "" : " (other language)")}")];
        }
        finally
        {
            folded.Dispose();
        }
    }

    /// <summary>The folded form of <paramref name="text"/>, as patterns and messages are compared.</summary>
    public static string Fold(string text)
    {
        var folded = new PooledCharBuffer(stackalloc char[StackChars]);
        try
        {
            Fold(text, ref folded);
            return folded.ToString().Trim(Space, ClauseEnd);
        }
        finally
        {
            folded.Dispose();
        }
    }

    /// <summary>Letters with spaces followed by an unspaced script: "HR" ends in "HR的".</summary>
    private static bool IsWordEdge(char last, char next) => !IsUnspacedScript(last) && IsUnspacedScript(next);

    /// <summary>Chinese, Japanese, Korean and Arabic: words are not set apart by spaces, or carry glued particles.</summary>
    public static bool IsUnspacedScript(char c) => IsHalfWordScript(c) || c is >= '\uAC00' and <= '\uD7AF' or >= '\u0600' and <= '\u06FF';

    /// <summary>Chinese characters and Japanese kana: each is about half a word.</summary>
    private static bool IsHalfWordScript(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static long EdgeKey(int node, char c) => ((long)node << 16) | c;

    /// <summary>
    /// Lower case, accents off (<see cref="ScriptFolding"/>), one space between words, a clause mark where a
    /// sentence or clause ends, runs of three or more of one Latin letter as one ("diiie" = "die"), and a few
    /// emoji as words.
    /// </summary>
    private static void Fold(ReadOnlySpan<char> text, ref PooledCharBuffer output)
    {
        output.Append(Space);
        var run = 0;
        for (var i = 0; i < text.Length && output.Length < MaxChars; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (EmojiWords.TryGetValue(char.ConvertToUtf32(c, text[i + 1]), out var word))
                {
                    AppendSeparator(ref output, Space);
                    output.Append(word);
                    output.Append(Space);
                }
                else
                {
                    AppendSeparator(ref output, Space);
                }

                i++;
                run = 0;
                continue;
            }

            switch (ScriptFolding.Fold(c, out var folded))
            {
                case FoldedChar.Letter:
                    if (output.Last == folded && ScriptFolding.CollapsesRepeats(folded))
                    {
                        if (++run >= 2)
                        {
                            // A third one in a row: the run reads as one letter.
                            if (run == 2)
                            {
                                output.Truncate(output.Length - 1);
                            }

                            continue;
                        }
                    }
                    else
                    {
                        run = 0;
                    }

                    output.Append(folded);
                    break;
                case FoldedChar.Separator:
                    AppendSeparator(ref output, Space);
                    run = 0;
                    break;
                case FoldedChar.Boundary:
                    AppendSeparator(ref output, ClauseEnd);
                    run = 0;
                    break;
            }
        }

        AppendSeparator(ref output, Space);
    }

    /// <summary>One separator between words; a clause end wins over a space.</summary>
    private static void AppendSeparator(ref PooledCharBuffer output, char separator)
    {
        var last = output.Last;
        if (last == ClauseEnd || (last == Space && separator == Space))
        {
            return;
        }

        if (last == Space)
        {
            output.Truncate(output.Length - 1);
        }

        output.Append(separator);
    }

    /// <summary>
    /// Character trigrams of the folded text (a space marks a word's edge), and bigrams of Chinese and Japanese
    /// characters, each hashed (FNV-1a) into one of <see cref="NgramBuckets"/>; repeats are left in.
    /// </summary>
    private static int Ngrams(ReadOnlySpan<char> folded, Span<int> ngrams)
    {
        var count = 0;
        for (var i = 0; i + 1 < folded.Length && count < ngrams.Length; i++)
        {
            if (folded[i] == ClauseEnd || folded[i + 1] == ClauseEnd)
            {
                continue;
            }

            if (IsHalfWordScript(folded[i]) && IsHalfWordScript(folded[i + 1]))
            {
                ngrams[count++] = Bucket(folded.Slice(i, 2));
            }
            else if (i + 2 < folded.Length && folded[i + 2] != ClauseEnd && !(folded[i] == Space && folded[i + 1] == Space))
            {
                ngrams[count++] = Bucket(folded.Slice(i, 3));
            }
        }

        return count;
    }

    private static int Bucket(ReadOnlySpan<char> gram)
    {
        var hash = 2166136261u;
        foreach (var c in gram)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % NgramBuckets);
    }

    /// <summary>Every pattern that matches, where it matches, in order.</summary>
    private int Scan(ReadOnlySpan<char> folded, Span<PatternHit> hits)
    {
        var count = 0;
        var position = 0;
        for (var start = 0; start < folded.Length && count < hits.Length; start++)
        {
            var c = folded[start];
            if (c == Space)
            {
                position += 2;
                continue;
            }

            if (c == ClauseEnd)
            {
                position += 2 + ClauseGap;
                continue;
            }

            // A change from an unspaced script to letters with spaces is a word's edge ("我的HR", "面接w").
            var wordStart = start == 0 || folded[start - 1] is Space or ClauseEnd || (IsUnspacedScript(folded[start - 1]) && !IsUnspacedScript(c));
            var node = 0;
            for (var end = start; end < folded.Length; end++)
            {
                if (!edges.TryGetValue(EdgeKey(node, folded[end]), out node))
                {
                    break;
                }

                foreach (var index in terminals[node])
                {
                    var pattern = patterns[index];
                    if ((wordStart || pattern.Anywhere) && (pattern.Stem || end + 1 == folded.Length || folded[end + 1] is Space or ClauseEnd || IsWordEdge(folded[end], folded[end + 1]))
                        && count < hits.Length)
                    {
                        hits[count++] = new PatternHit(index, position);
                    }
                }
            }

            if (IsHalfWordScript(c))
            {
                position++;
            }
        }

        return count;
    }

    /// <summary>
    /// The languages whose Latin-letter words count in this message, as a bit set: English always, and each
    /// language whose words match nearly as often as the best one's (Spanish and Portuguese share many).
    /// Vietnamese letters (ơ, ư, đ, tone marks) count as three Vietnamese words, and a language's own script
    /// (kana and hanzi, Hangul, Arabic, Devanagari) as three of its words ("面接w" is Japanese laughter).
    /// </summary>
    private int LanguagesOf(ReadOnlySpan<PatternHit> hits, bool vietnameseLetters, out bool english)
    {
        Span<int> counts = stackalloc int[ConceptLexicon.Tables.Count];
        counts.Clear();
        foreach (var hit in hits)
        {
            var pattern = patterns[hit.Pattern];
            if (pattern.Latin)
            {
                counts[pattern.Language]++;
            }
        }

        if (vietnameseLetters)
        {
            counts[ConceptLexicon.VietnameseIndex] += VietnameseLetterWeight;
        }

        foreach (var hit in hits)
        {
            var pattern = patterns[hit.Pattern];
            if (!pattern.Latin)
            {
                // The script says the language once: the first such pattern is enough.
                counts[pattern.Language] = Math.Max(counts[pattern.Language], VietnameseLetterWeight);
            }
        }

        var best = 0;
        foreach (var count in counts)
        {
            best = Math.Max(best, count);
        }

        var kept = 1 << ConceptLexicon.EnglishIndex;
        for (var language = 0; language < counts.Length; language++)
        {
            // One short word is no evidence of a language.
            if (counts[language] >= 2 && counts[language] >= best - LanguageMargin)
            {
                kept |= 1 << language;
            }
        }

        // Nothing says another language: English, or too short to tell ("Yes, delete everything").
        english = kept == 1 << ConceptLexicon.EnglishIndex;
        return kept;
    }

    private static bool Kept(ConceptPattern pattern, int languages) => !pattern.Latin || (languages & (1 << pattern.Language)) != 0;

    /// <summary>The concepts of the kept patterns, each concept once at each place ("no quiero" under two patterns is one negation).</summary>
    private int Keep(ReadOnlySpan<PatternHit> found, int languages, Span<ConceptHit> hits)
    {
        var count = 0;
        foreach (var hit in found)
        {
            var pattern = patterns[hit.Pattern];
            if (Kept(pattern, languages) && count < hits.Length && !Seen(hits[..count], pattern.Concept, hit.Position))
            {
                hits[count++] = new ConceptHit(pattern.Concept, hit.Position);
            }
        }

        return count;
    }

    /// <summary>Letters only Vietnamese uses among the Latin scripts: ă, đ, ơ, ư and the tone-marked vowels.</summary>
    private static bool HasVietnameseLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u1EA0' and <= '\u1EF9' or 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same concept at the same place once: "no quiero" under two patterns is one negation.</summary>
    private static bool Seen(ReadOnlySpan<ConceptHit> hits, Concept concept, int position)
    {
        for (var i = hits.Length - 1; i >= 0 && hits[i].Position >= position - 2; i--)
        {
            if (hits[i].Concept == concept)
            {
                return true;
            }
        }

        return false;
    }
}
