namespace CoachBot.Safety.Semantic;

/// <summary>
/// How close one sentence is to each level of the example bank: the cosine of its nearest Crisis, Check
/// and None example, with the kind of the nearest Crisis and Check examples. <see cref="Verdict"/> turns it
/// into a signal; the thresholds are here, in one place.
/// </summary>
public readonly record struct NearestExamples(float Crisis, ConcernKind CrisisKind, float Check, ConcernKind CheckKind, float None)
{
    // Chosen on the development corpus only (bench/CoachBot.SafetyBench/corpus/development.tsv, English rows),
    // by a grid over all four, checked on its odd and even halves apart: the highest crisis recall with no
    // hand-off and no check on ordinary talk (84% of crises, 93% of distress checked, 1 figure of 30 checked).
    // The nearest ordinary message scores 0.54 against a crisis example (a thesis on overdose statistics).
    // Cosines of all-MiniLM-L6-v2 unit vectors.

    /// <summary>A crisis must sit this close to a crisis example: below it, sentences are only loosely alike.</summary>
    public const float CrisisFloor = 0.55f;

    /// <summary>...and this much closer to it than to any ordinary example, so job talk that sounds deadly stays quiet.</summary>
    public const float CrisisMargin = 0.08f;

    /// <summary>Near a crisis or distress example, less surely: worth a gentle check.</summary>
    public const float CheckFloor = 0.55f;

    /// <summary>...and still closer to it than to any ordinary example by this much.</summary>
    public const float CheckMargin = 0.05f;

    /// <summary>The nearest examples of <paramref name="sentence"/> (a unit vector) in <paramref name="bank"/>.</summary>
    public static NearestExamples In(ExampleBank bank, ReadOnlySpan<float> sentence)
    {
        var nearest = new NearestExamples(-1, ConcernKind.None, -1, ConcernKind.None, -1);
        var vectors = bank.Vectors.AsSpan();
        for (var i = 0; i < bank.Count; i++)
        {
            var similarity = Dot(sentence, vectors.Slice(i * bank.Dimensions, bank.Dimensions));
            var label = bank.Signals[i];
            nearest = label.Level switch
            {
                ConcernLevel.Crisis when similarity > nearest.Crisis => nearest with { Crisis = similarity, CrisisKind = label.Kind },
                ConcernLevel.Check when similarity > nearest.Check => nearest with { Check = similarity, CheckKind = label.Kind },
                ConcernLevel.None when similarity > nearest.None => nearest with { None = similarity },
                _ => nearest,
            };
        }

        return nearest;
    }

    /// <summary>
    /// Crisis only when the nearest crisis example is close, clearly closer than any ordinary one, and no
    /// distress example is closer still; a Check when a crisis or distress example is nearer than any
    /// ordinary one; otherwise no opinion.
    /// </summary>
    public SafetySignal Verdict()
    {
        if (Crisis >= CrisisFloor && Crisis - None >= CrisisMargin && Crisis >= Check)
        {
            return new SafetySignal(ConcernLevel.Crisis, CrisisKind);
        }

        var (concern, kind) = Crisis >= Check ? (Crisis, CrisisKind) : (Check, CheckKind);
        return concern >= CheckFloor && concern - None >= CheckMargin
            ? new SafetySignal(ConcernLevel.Check, kind)
            : SafetySignal.None;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
