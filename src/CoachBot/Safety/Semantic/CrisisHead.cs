using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The rule by which a head's probability raises the nearest examples' verdict (<see cref="Raise(SafetySignal, NearestExamples, float, HeadThresholds)"/>),
/// and the logistic head the layer shipped until the fifth round, kept as the folds' reference
/// (bench/CoachBot.SafetyBench --head-folds); the layer now reads <see cref="MlpCrisisHead"/>'s probability.
/// The logistic head: regression over the sentence embedding, crisis
/// against everything else, trained on the example bank it serves. The nearest examples judge a message by
/// the few lines most like it; the head weighs every direction of meaning the whole bank shows, so it
/// still reads a crisis whose nearest lines are ordinary ones that share its words.
/// <para>
/// It is trained when the bank loads, not shipped: training is deterministic and takes a fraction of a
/// second (far less than embedding the bank), so the weights can never be stale, and a career office's own
/// bank gets its own head. Once per bank and process (<see cref="Of"/>).
/// </para>
/// </summary>
public sealed class CrisisHead
{
    // How it was chosen (tools: bench/CoachBot.SafetyBench --file/--each, and the folds below). Writer-held-apart
    // validation: the bank's lines by source (the first bank, and each of two writers who never saw the code,
    // bank-1 and bank-2), each read by a head and nearest examples trained without it, plus the development
    // corpus's English rows. Among L2 strengths C of 1, 3, 10, a probability alone (0.90 to 0.99) or with a
    // check (0.6 to 0.9), and a ceiling on the nearest ordinary or check example (0.70 to 0.85 or none), kept:
    // NO false hand-off added in any fold, and none on the red-team figures of speech of the transcript tests
    // (without the ceiling, "I would never hurt myself" and "my dad is going to kill me..." were raised even
    // with that very line in the bank as ordinary: the head reads topics, pills, die, kill, not who or whether).
    // Result then: C = 1, a check raised at 0.90, the ceiling at 0.80, no probability alone (at 0.99 it added
    // nothing more): crisis +26 held-apart lines of 1,003 (+13 of 246, +6 of 328, +6 of 328, +1 of 101).
    // Again with a third blind writer (fresh-3, 700 lines, now in the bank) as a fifth fold, by
    // bench/CoachBot.SafetyBench --folds (lexical detector included, the guard's rule), same rule (no false
    // hand-off added in any fold): C = 1, a check raised at 0.85, and a crisis from the head alone at 0.97 when
    // the nearest examples have no opinion: crisis 1,164 of 1,307 held apart against 1,158, nothing else changed.
    // Tried: the head also reading the nearest examples' cosines (readsNearest, an example's own found among the
    // others) at C = 3: +17 crisis but one more ordinary hand-off in one fold, which 400 later blind lines
    // (fresh-4) confirmed (+1 crisis, +1 ordinary hand-off); a check from the head alone (0.5 to 0.9) only added
    // checks on ordinary talk; the ceiling (0.75 to none) changed nothing here.

    /// <summary>The L2 strength, as C = 1 / (lambda * examples): smaller is smoother.</summary>
    private const double RegularizationC = 1.0;

    /// <summary>Nesterov's accelerated gradient: enough steps to converge to well under a thousandth in probability.</summary>
    private const int Steps = 600;

    /// <summary>Whether the shipped head reads the nearest examples' cosines beside the embedding.</summary>
    private const bool ReadsNearest = false;

    private static readonly ConditionalWeakTable<ExampleBank, CrisisHead> Trained = [];

    /// <summary>How many cosines of the nearest examples the head reads beside the embedding (<see cref="NearestFeatures"/>).</summary>
    public const int NearestFeatureCount = 5;

    private readonly float[] weights;
    private readonly float bias;
    private readonly bool readsNearest;

    private CrisisHead(float[] weights, float bias, bool readsNearest)
    {
        this.weights = weights;
        this.bias = bias;
        this.readsNearest = readsNearest;
    }

    /// <summary>The head trained on <paramref name="bank"/>, once per bank in this process.</summary>
    public static CrisisHead Of(ExampleBank bank) => Trained.GetValue(bank, Train);

    /// <summary>
    /// How likely the sentence with unit embedding <paramref name="sentence"/>, whose nearest examples in the
    /// bank are <paramref name="nearest"/>, is a crisis, 0 to 1.
    /// </summary>
    public float CrisisProbability(ReadOnlySpan<float> sentence, NearestExamples nearest)
    {
        var z = TensorPrimitives.Dot(sentence, weights.AsSpan(0, sentence.Length)) + bias;
        if (readsNearest)
        {
            Span<float> features = stackalloc float[NearestFeatureCount];
            NearestFeatures(nearest, features);
            z += TensorPrimitives.Dot(features, weights.AsSpan(sentence.Length));
        }

        return 1f / (1f + MathF.Exp(-z));
    }

    /// <summary>What the head reads of the nearest examples: their cosines, crisis, check and ordinary.</summary>
    private static void NearestFeatures(NearestExamples nearest, Span<float> features)
    {
        features[0] = nearest.Crisis;
        features[1] = nearest.SecondCrisis;
        features[2] = nearest.Check;
        features[3] = nearest.None;
        features[4] = nearest.SecondNone;
    }

    /// <summary>
    /// The nearest examples' verdict, raised from a check to a crisis when this head is sure of one
    /// (<see cref="HeadThresholds.CrisisWithCheck"/>), from no opinion to a crisis when it is surer still
    /// (<see cref="HeadThresholds.CrisisAlone"/>) or to a check (<see cref="HeadThresholds.CheckAlone"/>), and
    /// only when the bank holds no ordinary or check line near it (<see cref="HeadThresholds.KnownOther"/>).
    /// It never lowers a verdict.
    /// </summary>
    public SafetySignal Raise(SafetySignal nearest, NearestExamples examples, ReadOnlySpan<float> sentence) =>
        Raise(nearest, examples, sentence, HeadThresholds.Logistic);

    /// <inheritdoc cref="Raise(SafetySignal, NearestExamples, ReadOnlySpan{float})"/>
    public SafetySignal Raise(SafetySignal nearest, NearestExamples examples, ReadOnlySpan<float> sentence, HeadThresholds thresholds) =>
        Raise(nearest, examples, CrisisProbability(sentence, examples), thresholds);

    /// <summary>The rule of <see cref="Raise(SafetySignal, NearestExamples, ReadOnlySpan{float})"/>, given the head's probability.</summary>
    public static SafetySignal Raise(SafetySignal nearest, NearestExamples examples, float probability, HeadThresholds thresholds)
    {
        if (nearest.Level == ConcernLevel.Crisis || Math.Max(examples.None, examples.Check) >= thresholds.KnownOther)
        {
            return nearest;
        }

        var crisis = nearest.Level == ConcernLevel.Check ? thresholds.CrisisWithCheck : thresholds.CrisisAlone;
        if (probability >= crisis && examples.Crisis - examples.None >= thresholds.MinMargin)
        {
            return new SafetySignal(ConcernLevel.Crisis, examples.CrisisKind);
        }

        return nearest.Level == ConcernLevel.None && probability >= thresholds.CheckAlone
            ? new SafetySignal(ConcernLevel.Check, examples.CrisisKind)
            : nearest;
    }

    /// <summary>
    /// L2-regularized logistic regression, Crisis = 1 and Check or None = 0, the bias unpenalized: minimizes
    /// the mean log-loss plus <c>|w|^2 / (2 C n)</c> by Nesterov's accelerated gradient with the step set by
    /// the loss's smoothness (unit embeddings: at most 1/4 plus the penalty). Deterministic: same bank, same head.
    /// </summary>
    public static CrisisHead Train(ExampleBank bank) => Train(bank, RegularizationC, ReadsNearest);

    /// <inheritdoc cref="Train(ExampleBank)"/>
    /// <param name="bank">The examples.</param>
    /// <param name="regularizationC">The L2 strength, as C = 1 / (lambda * examples).</param>
    /// <param name="readsNearest">
    /// Whether the head also reads each sentence's nearest examples (<see cref="NearestFeatures"/>); in training,
    /// an example's nearest are found among the others, as a new sentence's would be.
    /// </param>
    public static CrisisHead Train(ExampleBank bank, double regularizationC, bool readsNearest)
    {
        var n = bank.Count;
        var d = bank.Dimensions + (readsNearest ? NearestFeatureCount : 0);
        var vectors = readsNearest ? WithNearestFeatures(bank) : bank.Vectors;
        var labels = new float[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = bank.Signals[i].Level == ConcernLevel.Crisis ? 1f : 0f;
        }

        var lambda = 1.0 / (regularizationC * n);
        // The loss's smoothness is a quarter of the largest squared row norm: 1 for a unit embedding, plus the cosines.
        var step = 1.0 / ((0.25 * (readsNearest ? 1 + NearestFeatureCount : 1)) + lambda);
        // Parameters: d weights, then the bias. x is the iterate, y the look-ahead point.
        var x = new double[d + 1];
        var previous = new double[d + 1];
        var y = new double[d + 1];
        var gradient = new double[d + 1];
        var yFloat = new float[d];
        var residuals = new float[n];
        for (var t = 1; t <= (readsNearest ? 3 * Steps : Steps); t++)
        {
            for (var j = 0; j < d; j++)
            {
                yFloat[j] = (float)y[j];
            }

            for (var i = 0; i < n; i++)
            {
                var z = TensorPrimitives.Dot(vectors.AsSpan(i * d, d), yFloat) + (float)y[d];
                residuals[i] = (1f / (1f + MathF.Exp(-z))) - labels[i];
            }

            Array.Clear(gradient);
            for (var i = 0; i < n; i++)
            {
                var row = vectors.AsSpan(i * d, d);
                var r = residuals[i];
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += r * row[j];
                }

                gradient[d] += r;
            }

            for (var j = 0; j <= d; j++)
            {
                gradient[j] = (gradient[j] / n) + (j < d ? lambda * y[j] : 0);
                previous[j] = x[j];
                x[j] = y[j] - (step * gradient[j]);
            }

            var momentum = (t - 1.0) / (t + 2.0);
            for (var j = 0; j <= d; j++)
            {
                y[j] = x[j] + (momentum * (x[j] - previous[j]));
            }
        }

        return new CrisisHead([.. x.Take(d).Select(w => (float)w)], (float)x[d], readsNearest);
    }

    /// <summary>Each example's embedding followed by the cosines of its nearest OTHER examples.</summary>
    private static float[] WithNearestFeatures(ExampleBank bank)
    {
        var (n, d, width) = (bank.Count, bank.Dimensions, bank.Dimensions + NearestFeatureCount);
        var rows = new float[n * width];
        for (var i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * width, width);
            var sentence = bank.Vectors.AsSpan(i * d, d);
            sentence.CopyTo(row);
            NearestFeatures(NearestExamples.In(bank, sentence, skip: i), row[d..]);
        }

        return rows;
    }
}

/// <summary>
/// Where <see cref="CrisisHead.Raise(SafetySignal, NearestExamples, ReadOnlySpan{float}, HeadThresholds)"/> raises:
/// probabilities of the head, and the cosine to the nearest ordinary or check example above which it does not.
/// </summary>
/// <param name="CrisisWithCheck">A check of the nearest examples becomes a crisis at this probability.</param>
/// <param name="CrisisAlone">No opinion of the nearest examples becomes a crisis at this probability.</param>
/// <param name="CheckAlone">No opinion of the nearest examples becomes a gentle check at this probability.</param>
/// <param name="KnownOther">An ordinary or check example this close: the bank knows the phrasing as no crisis.</param>
/// <param name="MinMargin">
/// The head raises only when the nearest crisis example is at least this much closer than the nearest ordinary
/// one (negative: it may be farther): the head's probability and the nearest examples' margin read together.
/// </param>
/// <param name="TopicalCheckBelow">
/// The nearest examples' own check, when it comes from crisis lines (no distress line as near) on a piece with no word
/// for its writer, is not given when the head's probability is below this: the piece shares a crisis line's topic, not
/// its meaning (<see cref="SemanticCrisisAssessor.Strongest"/>). 0: always given.
/// </param>
public sealed record HeadThresholds(float CrisisWithCheck, float CrisisAlone, float CheckAlone, float KnownOther, float MinMargin = float.NegativeInfinity, float TopicalCheckBelow = 0f)
{
    /// <summary>
    /// The shipped thresholds, for <see cref="MlpCrisisHead"/>'s probability. Chosen by leave-one-writer-group-out folds
    /// (bench/CoachBot.SafetyBench --head-folds, bench/README.md): the most crisis lines held apart with no group getting a
    /// false hand-off more than the logistic head gave it. The MLP is surer than the logistic head, so its bars are higher;
    /// the ceiling is lower (an ordinary or check example at 0.70 already vetoes). No check from the head alone.
    /// Sixth round: <see cref="TopicalCheckBelow"/> 0.02 quiets a pasted signature ("HR Manager, Fabrikam", p = 0.014,
    /// beside the bank's threats to HR managers). Ninth round: the head trained with the fig-1 lines gives that signature
    /// p = 0.068; 0.1, the least of bench/CoachBot.SafetyBench --held-apart-rules' values (0.02 to 0.2) that keeps every
    /// test probe at its level, changes no reading of the 1,495 held-apart lines or of the development part.
    /// </summary>
    public static HeadThresholds Default { get; } = new(CrisisWithCheck: 0.95f, CrisisAlone: 0.999f, CheckAlone: float.PositiveInfinity, KnownOther: 0.70f, TopicalCheckBelow: 0.1f);

    /// <summary>The logistic head's thresholds (<see cref="CrisisHead"/>), shipped until the MLP head replaced it: the folds' reference.</summary>
    public static HeadThresholds Logistic { get; } = new(CrisisWithCheck: 0.85f, CrisisAlone: 0.97f, CheckAlone: float.PositiveInfinity, KnownOther: 0.80f);
}
