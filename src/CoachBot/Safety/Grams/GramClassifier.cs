namespace CoachBot.Safety.Grams;

/// <summary>The readings of a message by n-grams: how likely a crisis, how likely any concern, and which kind of crisis.</summary>
public readonly record struct GramScores(float Crisis, float Concern, ConcernKind Kind);

/// <summary>
/// Logistic heads over a message's hashed n-grams (<see cref="GramFeatures"/>), weights and thresholds from
/// <see cref="GramWeights"/>. A message's cost is its n-grams' hashing, a sort, and one byte read per feature
/// and head.
/// </summary>
public sealed class GramClassifier
{
    private readonly GramHead crisis;
    private readonly GramHead concern;
    private readonly (ConcernKind Kind, GramHead Head)[] kinds;

    public GramClassifier(GramWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Weights = weights;
        var heads = weights.DecodeHeads();
        crisis = heads[0];
        concern = heads[1];
        kinds = [.. heads.Skip(2).Select(head => (Enum.Parse<ConcernKind>(head.Name), head))];
    }

    public GramWeights Weights { get; }

    /// <summary>The level the message reads at, by the thresholds for its language.</summary>
    public SafetySignal Assess(ReadOnlySpan<char> text) => Read(text).Signal;

    /// <summary>The level, and whether a gentle check is a crisis just short of the hand-off (<see cref="LayerReading"/>).</summary>
    public LayerReading Read(ReadOnlySpan<char> text)
    {
        var thresholds = Weights.ThresholdsFor(GramLanguage.Of(text));
        if (thresholds.Check >= GramTrainer.Never)
        {
            // A language the layer gives no reading in (GramTrainer.LeftOut): not even featurized.
            return default;
        }

        var (rented, count) = GramFeatures.Rent(text);
        try
        {
            var scores = Score(rented.AsSpan(0, count));
            if (Math.Max(scores.Crisis, scores.Concern) < thresholds.Check)
            {
                return default;
            }

            // N-grams read topics, not whether: a wish to live ("no quiero morir"), a laugh with nothing concrete beside
            // it, or a figure of speech ("想死你了", I miss you so) is softened to the gentle question, by the concept
            // reading the concept layer softens by.
            var softened = IsSoftened(text);
            if (scores.Crisis >= thresholds.HandOff && !softened)
            {
                return new LayerReading(new SafetySignal(ConcernLevel.Crisis, scores.Kind), ConcernKind.None);
            }

            return new LayerReading(new SafetySignal(ConcernLevel.Check, ConcernKind.AcuteDistress),
                scores.Crisis >= thresholds.Check && !softened ? scores.Kind : ConcernKind.None);
        }
        finally
        {
            GramFeatures.Return(rented);
        }
    }

    private static bool IsSoftened(ReadOnlySpan<char> text)
    {
        Span<Concepts.ConceptHit> hits = stackalloc Concepts.ConceptHit[Concepts.ConceptReader.MaxHits];
        var found = hits[..Concepts.ConceptReader.Shared.Read(text, hits)];
        foreach (var hit in found)
        {
            if (hit.Concept == Concepts.Concept.Figure)
            {
                return true;
            }
        }

        return Concepts.ConceptFeatures.WishesToLive(found) || Concepts.ConceptFeatures.LaughsItOff(found);
    }

    public GramScores Score(ReadOnlySpan<int> features)
    {
        var kind = ConcernKind.SelfHarm;
        var best = float.NegativeInfinity;
        foreach (var (candidate, head) in kinds)
        {
            var logit = head.Logit(features);
            if (logit > best)
            {
                (best, kind) = (logit, candidate);
            }
        }

        return new GramScores(Sigmoid(crisis.Logit(features)), Sigmoid(concern.Logit(features)), kind);
    }

    internal static float Sigmoid(float logit) => 1f / (1f + MathF.Exp(-logit));
}
