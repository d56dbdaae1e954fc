using System.Buffers;
using System.Text;

namespace CoachBot.Safety;

/// <summary>
/// The built-in, offline crisis detector: matches a message against <see cref="CrisisLexicon"/>. It runs on every message, so it is synchronous,
/// allocation-free for ordinary messages and takes microseconds; it never stores or logs the text.
/// </summary>
public sealed class CrisisDetector : ISafetyAssessor
{
    /// <summary>
    /// Longer text (a pasted document) is read as its head and tail of half this size each; what someone
    /// adds to a paste is usually at one end.
    /// </summary>
    private const int MaxAssessedChars = 20_000;
    private const int StackChars = 1024;
    private const int StackWords = 256;
    /// <summary>Idioms remembered per message; beyond that, extra idioms are ignored, which only leans toward help.</summary>
    private const int MaxIdioms = 16;
    /// <summary>How many words may stand between a negator and the intent it negates ("not really going to ...").</summary>
    private const int MaxNegationBridges = 3;
    /// <summary>
    /// How far back in its clause a negator still makes a phrase about going on living negative: "I don't
    /// think I can keep going" reaches four words back.
    /// </summary>
    private const int MaxNegationReach = 6;
    /// <summary>The entry id all visible signs of distress share, so that several of them count as one state.</summary>
    private const int SymptomEntryId = -1;

    private readonly CompiledLexicon lexicon = CompiledLexicon.Default;

    public ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Assess(text, recent));

    /// <summary>
    /// Assesses <paramref name="text"/> alone. What recent messages raised is read by the guard, on the
    /// combined reading of every layer (<see cref="RecentConcerns"/>), so <paramref name="recent"/> is not used here.
    /// </summary>
    public SafetySignal Assess(string text, IReadOnlyList<SafetySignal> recent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(recent);

        return text.Length <= MaxAssessedChars
            ? AssessMessage(text)
            : AssessMessage(text.AsSpan(0, MaxAssessedChars / 2)).Max(AssessMessage(text.AsSpan(text.Length - (MaxAssessedChars / 2))));
    }

    private SafetySignal AssessMessage(ReadOnlySpan<char> text)
    {
        var folded = new PooledCharBuffer(stackalloc char[StackChars]);
        try
        {
            var hasNonAscii = SafetyText.Fold(text, ref folded);
            var findings = new MessageFindings();
            MatchWords(folded.Written, ref findings);
            if (hasNonAscii)
            {
                MatchFragments(folded.Written, lexicon.IdiomFragments, lexicon.SignalFragments, ref findings);
            }

            // Ascii.IsValid rather than ContainsAnyExceptInRange, which allocates on each call here.
            if (!Ascii.IsValid(text))
            {
                MatchToneSensitive(text, ref findings);
            }

            return findings.Result(findings.HangsOnLaughter && Laughter.IsIn(text, folded.Written));
        }
        finally
        {
            folded.Dispose();
        }
    }

    private void MatchWords(ReadOnlySpan<char> folded, ref MessageFindings findings)
    {
        if (folded.IsEmpty)
        {
            return;
        }

        var wordCount = folded.Count(' ') + 1;
        int[]? rented = null;
        var words = wordCount <= StackWords ? stackalloc int[StackWords] : (rented = ArrayPool<int>.Shared.Rent(wordCount));
        try
        {
            words = words[..wordCount];
            var index = 0;
            foreach (var range in folded.Split(' '))
            {
                words[index++] = lexicon.Words.Find(folded[range]);
            }

            MatchPhrases(words, ref findings);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Idioms first, so that each signal can be weighed against the idioms it overlaps.</summary>
    private void MatchPhrases(ReadOnlySpan<int> words, ref MessageFindings findings)
    {
        Span<IdiomMatch> idioms = stackalloc IdiomMatch[MaxIdioms];
        var idiomCount = 0;
        for (var start = 0; start < words.Length; start++)
        {
            foreach (var idiom in lexicon.IdiomsStartingWith(words[start]))
            {
                if (idiomCount < MaxIdioms && idiom.TryMatchAt(words, start, out var span))
                {
                    idioms[idiomCount++] = new IdiomMatch(span, idiom.EntryId, idiom.Entry.Level);
                }
            }
        }

        idioms = idioms[..idiomCount];
        for (var start = 0; start < words.Length; start++)
        {
            foreach (var idiom in lexicon.IdiomsStartingWith(words[start]))
            {
                if (idiom.TryMatchAt(words, start, out var span) && !IsOverridden(span, idiom.Entry, idiom.EntryId, idioms))
                {
                    findings.AddFigureOfSpeech(idiom.Entry);
                }
            }

            foreach (var signal in lexicon.SignalsStartingWith(words[start]))
            {
                if (signal.TryMatchAt(words, start, out var span) && !IsOverridden(span, signal.Entry, signal.EntryId, idioms))
                {
                    AddWordSignal(words, signal, span, ref findings);
                }
            }
        }
    }

    /// <summary>Fragments: the same idiom rule, counted in characters of the folded text.</summary>
    private static void MatchFragments(
        ReadOnlySpan<char> folded, ReadOnlySpan<CompiledFragment> idiomFragments, ReadOnlySpan<CompiledFragment> signalFragments,
        ref MessageFindings findings)
    {
        Span<IdiomMatch> idioms = stackalloc IdiomMatch[MaxIdioms];
        var idiomCount = 0;
        foreach (var idiom in idiomFragments)
        {
            for (var from = 0; idiomCount < MaxIdioms && TryFind(folded, idiom.Text, ref from, out var span);)
            {
                idioms[idiomCount++] = new IdiomMatch(span, idiom.EntryId, idiom.Entry.Level);
            }
        }

        idioms = idioms[..idiomCount];
        foreach (var idiom in idiomFragments)
        {
            for (var from = 0; TryFind(folded, idiom.Text, ref from, out var span);)
            {
                if (!IsOverridden(span, idiom.Entry, idiom.EntryId, idioms))
                {
                    findings.AddFigureOfSpeech(idiom.Entry);
                }
            }
        }

        foreach (var signal in signalFragments)
        {
            for (var from = 0; TryFind(folded, signal.Text, ref from, out var span);)
            {
                if (!IsOverridden(span, signal.Entry, signal.EntryId, idioms))
                {
                    findings.AddSignal(signal.Entry, signal.EntryId, span, SpanSpace.Characters, negated: false);
                }
            }
        }
    }

    /// <summary>Vietnamese words only tone marks distinguish: searched in the original text, ignoring case.</summary>
    private void MatchToneSensitive(ReadOnlySpan<char> text, ref MessageFindings findings)
    {
        foreach (var entry in lexicon.ToneSensitive)
        {
            var at = text.IndexOf(entry.Text, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                findings.AddSignal(entry.Entry, entry.EntryId, MatchSpan.Contiguous(at, entry.Text.Length), SpanSpace.Characters, negated: false);
            }
        }
    }

    private static bool TryFind(ReadOnlySpan<char> folded, string fragment, ref int from, out MatchSpan span)
    {
        var at = folded[from..].IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0)
        {
            span = default;
            return false;
        }

        span = MatchSpan.Contiguous(from + at, fragment.Length);
        from += at + 1;
        return true;
    }

    /// <summary>
    /// True when an idiom of a lower level shares a word with the match and the match does not contain the
    /// idiom's own words: the figurative reading wins ("shoot them an email"), unless the match is a longer
    /// literal phrase around it ("threatened to kill me" around "kill me"). An idiom standing only in the
    /// match's gap is another passage. Idioms of one level never cancel each other ("could die" and "die of
    /// embarrassment" are both a check).
    /// </summary>
    private static bool IsOverridden(MatchSpan span, LexiconEntry entry, int entryId, ReadOnlySpan<IdiomMatch> idioms)
    {
        foreach (var idiom in idioms)
        {
            if (idiom.EntryId != entryId && idiom.Level < entry.Level && idiom.Span.SharesOwnPositionWith(span)
                && !span.ContainsOwnPositionsOf(idiom.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds one word-phrase match as its <see cref="SignalReading"/> says.</summary>
    private void AddWordSignal(ReadOnlySpan<int> words, PhrasePattern signal, MatchSpan span, ref MessageFindings findings)
    {
        var entry = signal.Entry;
        switch (entry.Reading)
        {
            case SignalReading.Intent:
                findings.AddSignal(entry, signal.EntryId, span, SpanSpace.Words, IsNegatedIntent(words, span.Start));
                break;
            case SignalReading.Stated:
                findings.AddSignal(entry, signal.EntryId, span, SpanSpace.Words, negated: false);
                break;
            case SignalReading.WhenNegated:
                if (IsInNegativeClause(words, span))
                {
                    findings.AddSignal(entry, signal.EntryId, span, SpanSpace.Words, negated: false);
                }

                break;
            case SignalReading.Symptom:
                findings.AddSignal(entry, SymptomEntryId, span, SpanSpace.Words, negated: false);
                break;
            case SignalReading.Farewell:
                findings.AddFarewell();
                break;
            case SignalReading.Finality:
                findings.AddFinality();
                break;
            case SignalReading.Means:
                findings.AddMeans();
                break;
            case SignalReading.Detail:
                findings.AddDetail(entry.Kind);
                break;
            case SignalReading.Slang:
                findings.AddSlang(entry.Kind);
                break;
            case SignalReading.Earnest:
                findings.AddEarnest();
                break;
        }
    }

    /// <summary>
    /// True when the intent is negated: a negator just before it, with at most
    /// <see cref="MaxNegationBridges"/> bridging words between ("I would never hurt myself", "I'm not really
    /// going to kill myself", "no quiero morir"). Nothing else softens: a negation elsewhere in the sentence
    /// ("I'm not okay, I want to die") belongs to another statement.
    /// </summary>
    private bool IsNegatedIntent(ReadOnlySpan<int> words, int start)
    {
        var bridges = 0;
        for (var at = start - 1; at >= 0; at--)
        {
            if (lexicon.IsNegator(words[at]))
            {
                return true;
            }

            if (!lexicon.IsNegationBridge(words[at]) || ++bridges > MaxNegationBridges)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a phrase about going on living stands in a negative clause: a negator (or "nobody",
    /// "nothing", "lost"...) among its gap words ("can't really keep going") or up to
    /// <see cref="MaxNegationReach"/> words before it, without crossing a clause break or a joining word
    /// ("I got no offer and I want to keep going" stays positive).
    /// </summary>
    private bool IsInNegativeClause(ReadOnlySpan<int> words, MatchSpan span)
    {
        for (var at = span.Start + 1; at < span.End; at++)
        {
            if (lexicon.IsClauseNegator(words[at]))
            {
                return true;
            }
        }

        for (var at = span.Start - 1; at >= 0 && at >= span.Start - MaxNegationReach; at--)
        {
            if (lexicon.IsClauseNegator(words[at]))
            {
                return true;
            }

            if (words[at] == WordTable.Boundary || lexicon.IsClauseJoiner(words[at]))
            {
                return false;
            }
        }

        return false;
    }

    private readonly record struct IdiomMatch(MatchSpan Span, int EntryId, ConcernLevel Level);
}
