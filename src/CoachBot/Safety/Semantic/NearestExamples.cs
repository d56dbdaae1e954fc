namespace CoachBot.Safety.Semantic;

/// <summary>
/// How close one sentence is to each level of the example bank: the cosines of its two nearest Crisis and
/// None examples and of its nearest Check example, with the kind of the nearest Crisis and Check examples.
/// <see cref="Verdict"/> turns it into a signal; the thresholds are here, in one place.
/// </summary>
public readonly record struct NearestExamples(
    float Crisis, float SecondCrisis, ConcernKind CrisisKind, float Check, ConcernKind CheckKind, float None, float SecondNone)
{
    // Chosen by a grid over all four on held-back lines: the 1,307 lines of two writers who never saw the code
    // or a corpus (/work/extra/bank-*.tsv, now in the bank), in 5 folds (near-paraphrases of each other kept in
    // one fold), each fold's lines read by the bank without that fold; plus the development corpus's English
    // rows read by the whole bank. Kept: ZERO hand-offs and at most 2% checks on ordinary lines (600), the
    // most crisis hand-offs among those (481 of 761 held back), then the most distress checked (132 of 190).
    // A single nearest crisis example could not reach zero false hand-offs at any floor: one ordinary line
    // lands next to one crisis line too easily ("I wanted to vanish" beside "I want to disappear"). Requiring
    // the TWO nearest crisis examples to agree (their mean) could. Another 5-fold split gave 2 hand-offs of 600:
    // the margin is thin. The check's use of the pair came after the grid (for the red-team figures of speech)
    // and is not yet re-measured on the folds. Cosines of all-MiniLM-L6-v2 unit vectors.

    /// <summary>A crisis must sit this close, on average, to its two nearest crisis examples.</summary>
    public const float CrisisFloor = 0.56f;

    /// <summary>...and this much closer to them than to its two nearest ordinary examples.</summary>
    public const float CrisisMargin = 0.15f;

    /// <summary>Near a crisis or distress example, less surely: worth a gentle check.</summary>
    public const float CheckFloor = 0.54f;

    /// <summary>...and still closer to it than to any ordinary example by this much.</summary>
    public const float CheckMargin = 0.10f;

    /// <summary>The nearest examples of <paramref name="sentence"/> (a unit vector) in <paramref name="bank"/>.</summary>
    /// <param name="bank">The examples.</param>
    /// <param name="sentence">The sentence's unit embedding.</param>
    /// <param name="skip">An example not to count (the sentence itself, when it is one), or -1.</param>
    public static NearestExamples In(ExampleBank bank, ReadOnlySpan<float> sentence, int skip = -1)
    {
        var nearest = new NearestExamples(-1, -1, ConcernKind.None, -1, ConcernKind.None, -1, -1);
        var vectors = bank.Vectors.AsSpan();
        for (var i = 0; i < bank.Count; i++)
        {
            if (i == skip)
            {
                continue;
            }

            var similarity = Dot(sentence, vectors.Slice(i * bank.Dimensions, bank.Dimensions));
            var label = bank.Signals[i];
            nearest = label.Level switch
            {
                ConcernLevel.Crisis when similarity > nearest.Crisis => nearest with { Crisis = similarity, SecondCrisis = nearest.Crisis, CrisisKind = label.Kind },
                ConcernLevel.Crisis when similarity > nearest.SecondCrisis => nearest with { SecondCrisis = similarity },
                ConcernLevel.Check when similarity > nearest.Check => nearest with { Check = similarity, CheckKind = label.Kind },
                ConcernLevel.None when similarity > nearest.None => nearest with { None = similarity, SecondNone = nearest.None },
                ConcernLevel.None when similarity > nearest.SecondNone => nearest with { SecondNone = similarity },
                _ => nearest,
            };
        }

        return nearest;
    }

    /// <summary>
    /// Crisis only when the two nearest crisis examples are close, clearly closer than the two nearest
    /// ordinary ones, and no distress example is closer than the nearest crisis one; a Check when the two
    /// nearest crisis examples or the nearest distress example are nearer than any ordinary one; otherwise no opinion.
    /// </summary>
    public SafetySignal Verdict() => Verdict(BankRules.Default);

    /// <summary>The rule of <see cref="Verdict()"/> with other cosines (the folds and grids of bench/CoachBot.SafetyBench).</summary>
    public SafetySignal Verdict(BankRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var crisisPair = (Crisis + SecondCrisis) / 2;
        if (crisisPair >= rules.CrisisFloor && crisisPair - ((None + SecondNone) / 2) >= rules.CrisisMargin && Crisis >= Check)
        {
            return new SafetySignal(ConcernLevel.Crisis, CrisisKind);
        }

        // The two nearest crisis examples must agree for a check too: one alone is pulled in by a single
        // shared phrase ("hit me" in "hit me up about a job").
        var (concern, kind) = IsCheckFromCrisisLines ? (crisisPair, CrisisKind) : (Check, CheckKind);
        return concern >= rules.CheckFloor && concern - None >= rules.CheckMargin
            ? new SafetySignal(ConcernLevel.Check, kind)
            : SafetySignal.None;
    }

    /// <summary>Whether a check of <see cref="Verdict"/> comes from the two nearest crisis examples rather than a distress one.</summary>
    public bool IsCheckFromCrisisLines => (Crisis + SecondCrisis) / 2 >= Check;

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
}

/// <summary>The cosines of <see cref="NearestExamples.Verdict(BankRules)"/>: the shipped ones are <see cref="NearestExamples"/>'s constants.</summary>
/// <param name="CrisisFloor">The two nearest crisis examples' mean cosine a crisis needs.</param>
/// <param name="CrisisMargin">How much nearer than the two nearest ordinary examples they must be.</param>
/// <param name="CheckFloor">The cosine a check needs (the crisis pair's, or the nearest distress example's).</param>
/// <param name="CheckMargin">How much nearer than the nearest ordinary example.</param>
public sealed record BankRules(float CrisisFloor, float CrisisMargin, float CheckFloor, float CheckMargin)
{
    public static BankRules Default { get; } = new(NearestExamples.CrisisFloor, NearestExamples.CrisisMargin, NearestExamples.CheckFloor, NearestExamples.CheckMargin);
}
