namespace CoachBot.Safety.Concepts;

/// <summary>
/// The classifier's features, all language-independent: each concept present; each concept under a negation
/// (a not or never within <see cref="NegationWindow"/>, before or after, as Japanese and Korean negate after
/// the verb); and each pair of different concepts within <see cref="PairWindow"/> of each other ("not" near
/// "want" near "live"). Features are numbered (<see cref="Count"/>): the weights file follows this layout.
/// </summary>
internal static class ConceptFeatures
{
    /// <summary>Words (doubled units, see <see cref="ConceptHit"/>) a negation reaches.</summary>
    public const int NegationWindow = 6;

    /// <summary>
    /// Words (doubled units) within which a negation denies a laugh ("no es broma", "not a joke", "mazak nahi"): closer
    /// than <see cref="NegationWindow"/>, so the "no" of "no quiero vivir jajaja" does not deny the laugh after it.
    /// </summary>
    public const int LaughNegationWindow = 4;

    /// <summary>Words (doubled units) within which two concepts make a pair.</summary>
    public const int PairWindow = 14;

    /// <summary>The most features one message yields (the rest of a long paste is not read).</summary>
    public const int MaxFeatures = 1024;

    private static readonly int Concepts = Enum.GetValues<Concept>().Length;

    /// <summary>How many concept features there are: concepts, negated concepts, and pairs.</summary>
    public static int ConceptCount { get; } = (2 * Concepts) + (Concepts * (Concepts - 1) / 2);

    /// <summary>How many features there are: the concept features, then the n-gram buckets.</summary>
    public static int Count { get; } = ConceptCount + ConceptReader.NgramBuckets;

    /// <summary>The words of the bitmap that marks features already written.</summary>
    private static readonly int BitmapWords = (Count + 63) / 64;

    /// <summary>The features of <paramref name="hits"/> into <paramref name="features"/>, each once; returns how many.</summary>
    public static int Of(ReadOnlySpan<ConceptHit> hits, ReadOnlySpan<int> ngrams, Span<int> features)
    {
        Span<ulong> seen = stackalloc ulong[BitmapWords];
        seen.Clear();
        var count = 0;
        foreach (var ngram in ngrams)
        {
            Add(ConceptCount + ngram, seen, features, ref count);
        }

        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            Add((int)hit.Concept, seen, features, ref count);
            if (hit.Concept is not (Concept.Not or Concept.Never) && IsNegated(hits, i))
            {
                Add(Concepts + (int)hit.Concept, seen, features, ref count);
            }

            for (var j = i + 1; j < hits.Length && hits[j].Position - hit.Position <= PairWindow; j++)
            {
                if (hits[j].Concept != hit.Concept)
                {
                    Add(PairIndex(hit.Concept, hits[j].Concept), seen, features, ref count);
                }
            }
        }

        return count;
    }

    /// <summary>
    /// A concept feature counts 1; the n-grams together count about as much as one (each 1/√n), so that a long
    /// message's many n-grams do not drown its concepts.
    /// </summary>
    public static float ValueOf(int feature, float ngramScale) => feature >= ConceptCount ? ngramScale : 1f;

    /// <summary>1/√n for n n-gram features among <paramref name="features"/>.</summary>
    public static float NgramScale(ReadOnlySpan<int> features)
    {
        var ngrams = 0;
        foreach (var feature in features)
        {
            ngrams += feature >= ConceptCount ? 1 : 0;
        }

        return ngrams == 0 ? 0f : 1f / MathF.Sqrt(ngrams);
    }

    /// <summary>A readable name of feature <paramref name="index"/>, for reports.</summary>
    public static string Name(int index)
    {
        if (index >= ConceptCount)
        {
            return $"n-gram {index - ConceptCount}";
        }

        if (index < Concepts)
        {
            return ((Concept)index).ToString();
        }

        if (index < 2 * Concepts)
        {
            return $"not {(Concept)(index - Concepts)}";
        }

        for (var a = 0; a < Concepts; a++)
        {
            for (var b = a + 1; b < Concepts; b++)
            {
                if (PairIndex((Concept)a, (Concept)b) == index)
                {
                    return $"{(Concept)a}+{(Concept)b}";
                }
            }
        }

        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether the message says the person does NOT want to die ("no quiero morir", "죽고 싶지 않아"): a death
    /// word under a negation, with a want beside it, and nothing that points the other way (life negated,
    /// means, a plan, a farewell, finality). The one softening: a negated intent, never a negated life.
    /// </summary>
    public static bool WishesToLive(ReadOnlySpan<ConceptHit> hits)
    {
        var negatedDeath = false;
        for (var i = 0; i < hits.Length; i++)
        {
            switch (hits[i].Concept)
            {
                case Concept.Death or Concept.Suicide or Concept.Kill when IsNegated(hits, i) && Near(hits, i, Concept.Want):
                    negatedDeath = true;
                    break;
                case Concept.Live or Concept.End or Concept.Disappear or Concept.Sleep or Concept.Forever or Concept.Goodbye
                    or Concept.Last or Concept.Pills or Concept.Height or Concept.Jump or Concept.Blade or Concept.Cut or Concept.Rope
                    or Concept.Gun or Concept.Fire or Concept.Plan or Concept.Now or Concept.Soon or Concept.Pointless or Concept.Burden or Concept.CantGoOn:
                    return false;
            }
        }

        return negatedDeath;
    }

    /// <summary>
    /// Whether the message laughs it off ("me muero jajaja", "死ぬw") with nothing concrete beside the laugh: no plan,
    /// no means (pills, a height, a blade, a rope, a gun, fire), no time, no farewell. A laugh that is denied ("no es
    /// broma", "not a joke") does not count, and a laugh beside a plan, a means or a time is no joke.
    /// </summary>
    public static bool LaughsItOff(ReadOnlySpan<ConceptHit> hits)
    {
        var laughs = false;
        for (var i = 0; i < hits.Length; i++)
        {
            switch (hits[i].Concept)
            {
                case Concept.Laugh when !IsNegated(hits, i, LaughNegationWindow):
                    laughs = true;
                    break;
                case Concept.Plan or Concept.Pills or Concept.Height or Concept.Jump or Concept.Blade or Concept.Rope or Concept.Gun
                    or Concept.Fire or Concept.Now or Concept.Soon or Concept.Goodbye or Concept.Last:
                    return false;
            }
        }

        return laughs;
    }

    private static bool Near(ReadOnlySpan<ConceptHit> hits, int at, Concept concept)
    {
        foreach (var hit in hits)
        {
            if (hit.Concept == concept && Math.Abs(hit.Position - hits[at].Position) <= NegationWindow)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(ReadOnlySpan<ConceptHit> hits, int at, int window = NegationWindow)
    {
        var position = hits[at].Position;
        for (var k = 0; k < hits.Length; k++)
        {
            if (hits[k].Concept is Concept.Not or Concept.Never && Math.Abs(hits[k].Position - position) <= window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the unordered pair (a, b), a ≠ b, after the concepts and negated concepts.</summary>
    private static int PairIndex(Concept first, Concept second)
    {
        var (a, b) = first < second ? ((int)first, (int)second) : ((int)second, (int)first);
        // Pairs (a, a+1..n-1) come in rows; row a starts after the rows before it.
        var rowStart = (a * Concepts) - (a * (a + 1) / 2);
        return (2 * Concepts) + rowStart + (b - a - 1);
    }

    private static void Add(int feature, Span<ulong> seen, Span<int> features, ref int count)
    {
        ref var word = ref seen[feature >> 6];
        var bit = 1UL << (feature & 63);
        if ((word & bit) != 0 || count == features.Length)
        {
            return;
        }

        word |= bit;
        features[count++] = feature;
    }
}
