namespace CoachBot.Safety;

/// <summary>
/// One word phrase of the lexicon, compiled to word ids: a sequence of slots, each a set of words that
/// may stand there, each allowing a few other words before it. Matching is a tiny backtracking walk over
/// the message's word ids; phrases are short, so it costs a handful of comparisons.
/// </summary>
internal sealed class PhrasePattern
{
    /// <summary>How many other words a <c>*</c> lets in between: "know where * lives" reads "know where the hiring manager lives".</summary>
    internal const int MaxGap = 3;

    private const string GapToken = "*";

    private readonly Slot[] slots;

    private PhrasePattern(LexiconEntry entry, int entryId, Slot[] slots)
    {
        Entry = entry;
        EntryId = entryId;
        this.slots = slots;
    }

    public LexiconEntry Entry { get; }

    /// <summary>The entry's number in the lexicon; the phrases one entry compiles to share it.</summary>
    public int EntryId { get; }

    public ReadOnlySpan<int> FirstWords => slots[0].Words;

    /// <summary>
    /// Tries a match whose first word is at <paramref name="start"/>. On success <paramref name="match"/> says
    /// where it ends and which words are the phrase's own (not gap fillers); idioms are weighed on those.
    /// </summary>
    public bool TryMatchAt(ReadOnlySpan<int> words, int start, out MatchSpan match)
    {
        var end = MatchFrom(words, start, 1, start + 1, out var ownWords);
        match = new MatchSpan(start, end, ownWords | 1UL);
        return end >= 0;
    }

    private int MatchFrom(ReadOnlySpan<int> words, int start, int slotIndex, int position, out ulong ownWords)
    {
        ownWords = 0;
        if (slotIndex == slots.Length)
        {
            return position;
        }

        var slot = slots[slotIndex];
        for (var at = position; at < words.Length && at <= position + slot.MaxGapBefore; at++)
        {
            if (slot.Words.Contains(words[at]))
            {
                var end = MatchFrom(words, start, slotIndex + 1, at + 1, out var rest);
                if (end >= 0)
                {
                    ownWords = rest | (1UL << (at - start));
                    return end;
                }
            }

            if (words[at] == WordTable.Boundary)
            {
                break; // a gap never reaches across a clause
            }
        }

        return -1;
    }

    /// <summary>
    /// Compiles <paramref name="entry"/>'s pattern. Optional words and multi-word alternatives (a word class
    /// member such as "going to") become separate phrases, so every slot holds single words.
    /// </summary>
    internal static IEnumerable<PhrasePattern> Compile(
        LexiconEntry entry, int entryId, IReadOnlyDictionary<string, string[]> wordClasses, WordTable words)
    {
        var elements = Parse(entry.Pattern, wordClasses);
        foreach (var variant in Expand(elements, 0))
        {
            yield return new PhrasePattern(entry, entryId, ToSlots(variant, words, entry.Pattern));
        }
    }

    /// <summary>A parsed pattern element: a gap (null) or the alternatives of one slot, each a word sequence.</summary>
    private static List<string[][]?> Parse(string pattern, IReadOnlyDictionary<string, string[]> wordClasses)
    {
        var raw = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0 || raw[0] == GapToken || raw[^1] == GapToken)
        {
            throw new InvalidOperationException($"Lexicon pattern '{pattern}' must start and end with a word.");
        }

        var elements = new List<string[][]?>();
        foreach (var token in raw)
        {
            if (token == GapToken)
            {
                elements.Add(null);
                continue;
            }

            var optional = token.StartsWith('(') && token.EndsWith(')');
            var body = optional ? token[1..^1] : token;
            string[] alternatives = body.StartsWith('{') && body.EndsWith('}')
                ? wordClasses.TryGetValue(body[1..^1], out var members)
                    ? members
                    : throw new InvalidOperationException($"Lexicon pattern '{pattern}' names an unknown word class {body}.")
                : body.Split('/');
            var folded = alternatives.Select(alternative => FoldAlternative(alternative, pattern));
            elements.Add(optional ? [.. folded, []] : [.. folded]);
        }

        return elements;
    }

    private static string[] FoldAlternative(string alternative, string pattern)
    {
        var folded = SafetyText.Normalize(alternative).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (folded.Length == 0 || folded.Contains(SafetyText.BoundaryWord))
        {
            throw new InvalidOperationException($"Lexicon pattern '{pattern}': '{alternative}' is not a word.");
        }

        return folded;
    }

    /// <summary>Every way to read the elements from <paramref name="index"/> on, as gaps (null) and single-word slots.</summary>
    private static IEnumerable<List<string[]?>> Expand(List<string[][]?> elements, int index)
    {
        if (index == elements.Count)
        {
            yield return [];
            yield break;
        }

        var element = elements[index];
        List<List<string[]?>> heads;
        if (element is null)
        {
            heads = [[null]];
        }
        else
        {
            heads = [];
            var singles = element.Where(words => words.Length == 1).Select(words => words[0]).Distinct().ToArray();
            if (singles.Length > 0)
            {
                heads.Add([singles]);
            }

            heads.AddRange(element.Where(words => words.Length != 1).Select(words => words.Select(word => (string[]?)[word]).ToList()));
        }

        foreach (var tail in Expand(elements, index + 1))
        {
            foreach (var head in heads)
            {
                yield return [.. head, .. tail];
            }
        }
    }

    private static Slot[] ToSlots(List<string[]?> variant, WordTable words, string pattern)
    {
        var slots = new List<Slot>();
        var gap = 0;
        foreach (var element in variant)
        {
            if (element is null)
            {
                gap = slots.Count > 0 ? MaxGap : 0; // a gap left leading by an omitted optional word means nothing
                continue;
            }

            slots.Add(new Slot([.. element.Select(words.GetOrAdd)], gap));
            gap = 0;
        }

        if (slots.Count == 0 || slots.Count * (MaxGap + 1) > MatchSpan.MaxLength)
        {
            throw new InvalidOperationException($"Lexicon pattern '{pattern}' matches nothing or too long a span.");
        }

        return [.. slots];
    }

    private readonly record struct Slot(int[] Words, int MaxGapBefore);
}
