namespace CoachBot.Safety;

/// <summary>A fragment entry in folded form, ready for a plain ordinal search.</summary>
internal sealed record CompiledFragment(string Text, LexiconEntry Entry, int EntryId);

/// <summary>
/// <see cref="CrisisLexicon"/> compiled once into lookup tables: word phrases indexed by their first word,
/// fragments folded like messages are, negators and bridges by word id. Building it validates the lexicon,
/// so a malformed pattern fails the first test that touches the detector.
/// </summary>
internal sealed class CompiledLexicon
{
    private static readonly PhrasePattern[] NoPhrases = [];

    private readonly PhrasePattern[][] signalsByFirstWord;
    private readonly PhrasePattern[][] idiomsByFirstWord;
    private readonly bool[] isNegator;
    private readonly bool[] isNegationBridge;
    private readonly bool[] isClauseNegator;
    private readonly bool[] isClauseJoiner;
    private readonly CompiledFragment[] signalFragments;
    private readonly CompiledFragment[] idiomFragments;
    private readonly CompiledFragment[] toneSensitive;

    private CompiledLexicon(LexiconEntry[] wordPhrases, LexiconEntry[] fragments, LexiconEntry[] toneSensitive)
    {
        var entryId = 0;
        var phrases = new List<PhrasePattern>();
        foreach (var entry in wordPhrases)
        {
            phrases.AddRange(PhrasePattern.Compile(entry, entryId++, CrisisLexicon.WordClasses, Words));
        }

        var negators = CrisisLexicon.Negators.Select(word => Words.GetOrAdd(SafetyText.Normalize(word))).ToArray();
        var bridges = CrisisLexicon.NegationBridges.Select(word => Words.GetOrAdd(SafetyText.Normalize(word))).ToArray();
        var clauseNegators = CrisisLexicon.ClauseNegators.Select(word => Words.GetOrAdd(SafetyText.Normalize(word))).ToArray();
        var clauseJoiners = CrisisLexicon.ClauseJoiners.Select(word => Words.GetOrAdd(SafetyText.Normalize(word))).ToArray();

        signalsByFirstWord = IndexByFirstWord(phrases.Where(phrase => phrase.Entry.Role == EntryRole.Signal), Words.Count);
        idiomsByFirstWord = IndexByFirstWord(phrases.Where(phrase => phrase.Entry.Role == EntryRole.Idiom), Words.Count);
        isNegator = Flags(negators, Words.Count);
        isNegationBridge = Flags(bridges, Words.Count);
        isClauseNegator = Flags([.. negators, .. clauseNegators], Words.Count);
        isClauseJoiner = Flags(clauseJoiners, Words.Count);

        var folded = fragments.Select(entry => new CompiledFragment(FoldFragment(entry.Pattern), entry, entryId++)).ToArray();
        signalFragments = [.. folded.Where(fragment => fragment.Entry.Role == EntryRole.Signal)];
        idiomFragments = [.. folded.Where(fragment => fragment.Entry.Role == EntryRole.Idiom)];
        this.toneSensitive = [.. toneSensitive.Select(entry => new CompiledFragment(entry.Pattern.ToLowerInvariant(), entry, entryId++))];
    }

    public static CompiledLexicon Default { get; } =
        new(CrisisLexicon.WordPhrases(), CrisisLexicon.Fragments(), CrisisLexicon.ToneSensitive());

    public WordTable Words { get; } = new();

    public ReadOnlySpan<CompiledFragment> SignalFragments => signalFragments;

    public ReadOnlySpan<CompiledFragment> IdiomFragments => idiomFragments;

    /// <summary>Matched against the original text, lower-cased, because folding would erase what tells them apart.</summary>
    public ReadOnlySpan<CompiledFragment> ToneSensitive => toneSensitive;

    public ReadOnlySpan<PhrasePattern> SignalsStartingWith(int wordId) => wordId >= 0 ? signalsByFirstWord[wordId] : NoPhrases;

    public ReadOnlySpan<PhrasePattern> IdiomsStartingWith(int wordId) => wordId >= 0 ? idiomsByFirstWord[wordId] : NoPhrases;

    public bool IsNegator(int wordId) => wordId >= 0 && isNegator[wordId];

    public bool IsNegationBridge(int wordId) => wordId >= 0 && isNegationBridge[wordId];

    /// <summary>A negator, or a word that makes a clause negative about going on ("nobody", "nothing", "lost").</summary>
    public bool IsClauseNegator(int wordId) => wordId >= 0 && isClauseNegator[wordId];

    /// <summary>A word that starts a new statement within a sentence ("and", "but"): a negation stops there.</summary>
    public bool IsClauseJoiner(int wordId) => wordId >= 0 && isClauseJoiner[wordId];

    private static PhrasePattern[][] IndexByFirstWord(IEnumerable<PhrasePattern> phrases, int wordCount)
    {
        var lists = new List<PhrasePattern>?[wordCount];
        foreach (var phrase in phrases)
        {
            foreach (var first in phrase.FirstWords)
            {
                (lists[first] ??= []).Add(phrase);
            }
        }

        return [.. lists.Select(list => list is null ? NoPhrases : list.ToArray())];
    }

    private static bool[] Flags(int[] wordIds, int wordCount)
    {
        var flags = new bool[wordCount];
        foreach (var id in wordIds)
        {
            flags[id] = true;
        }

        return flags;
    }

    private static string FoldFragment(string fragment)
    {
        var folded = SafetyText.Normalize(fragment);
        if (folded.Length == 0 || folded.Length > MatchSpan.MaxLength || folded.Contains(SafetyText.BoundaryWord, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Lexicon fragment '{fragment}' must be a short piece of text without punctuation.");
        }

        return folded;
    }
}
