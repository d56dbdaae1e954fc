using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// A trained reading beside the nearest examples: logistic regression over the sentence embedding, crisis
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
    // Result: C = 1, a check raised at 0.90, the ceiling at 0.80, no probability alone (at 0.99 it added
    // nothing more): crisis +26 held-apart lines of 1,003 (+13 of 246, +6 of 328, +6 of 328, +1 of 101). Then
    // measured once on 700 new English lines written blind (fresh-3): see the README's safety section.

    /// <summary>A check of the nearest examples becomes a crisis when the head gives at least this probability...</summary>
    public const float CrisisWithCheck = 0.90f;

    /// <summary>...and no ordinary or check example of the bank is this close: then the bank knows the phrasing as no crisis.</summary>
    public const float KnownOtherCosine = 0.80f;

    /// <summary>The L2 strength, as C = 1 / (lambda * examples): smaller is smoother.</summary>
    private const double RegularizationC = 1.0;

    /// <summary>Nesterov's accelerated gradient: enough steps to converge to well under a thousandth in probability.</summary>
    private const int Steps = 600;

    private static readonly ConditionalWeakTable<ExampleBank, CrisisHead> Trained = [];

    private readonly float[] weights;
    private readonly float bias;

    private CrisisHead(float[] weights, float bias)
    {
        this.weights = weights;
        this.bias = bias;
    }

    /// <summary>The head trained on <paramref name="bank"/>, once per bank in this process.</summary>
    public static CrisisHead Of(ExampleBank bank) => Trained.GetValue(bank, Train);

    /// <summary>How likely the sentence with unit embedding <paramref name="sentence"/> is a crisis, 0 to 1.</summary>
    public float CrisisProbability(ReadOnlySpan<float> sentence) =>
        1f / (1f + MathF.Exp(-(TensorPrimitives.Dot(sentence, weights) + bias)));

    /// <summary>
    /// The nearest examples' verdict, raised from a check to a crisis when this head is sure of one
    /// (<see cref="CrisisWithCheck"/>) and the bank holds no ordinary or check line near it
    /// (<see cref="KnownOtherCosine"/>). It never lowers a verdict.
    /// </summary>
    public SafetySignal Raise(SafetySignal nearest, NearestExamples examples, ReadOnlySpan<float> sentence) =>
        nearest.Level == ConcernLevel.Check
        && Math.Max(examples.None, examples.Check) < KnownOtherCosine
        && CrisisProbability(sentence) >= CrisisWithCheck
            ? new SafetySignal(ConcernLevel.Crisis, examples.CrisisKind)
            : nearest;

    /// <summary>
    /// L2-regularized logistic regression, Crisis = 1 and Check or None = 0, the bias unpenalized: minimizes
    /// the mean log-loss plus <c>|w|^2 / (2 C n)</c> by Nesterov's accelerated gradient with the step set by
    /// the loss's smoothness (unit embeddings: at most 1/4 plus the penalty). Deterministic: same bank, same head.
    /// </summary>
    internal static CrisisHead Train(ExampleBank bank)
    {
        var (n, d) = (bank.Count, bank.Dimensions);
        var vectors = bank.Vectors;
        var labels = new float[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = bank.Signals[i].Level == ConcernLevel.Crisis ? 1f : 0f;
        }

        var lambda = 1.0 / (RegularizationC * n);
        var step = 1.0 / (0.25 + lambda);
        // Parameters: d weights, then the bias. x is the iterate, y the look-ahead point.
        var x = new double[d + 1];
        var previous = new double[d + 1];
        var y = new double[d + 1];
        var gradient = new double[d + 1];
        var yFloat = new float[d];
        var residuals = new float[n];
        for (var t = 1; t <= Steps; t++)
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

        return new CrisisHead([.. x.Take(d).Select(w => (float)w)], (float)x[d]);
    }
}
