namespace CoachBot.Safety.Concepts;

/// <summary>The three readings of a message by concept: how likely a crisis, how likely any concern, and which kind.</summary>
internal readonly record struct ConceptScores(float Crisis, float Concern, ConcernKind Kind);

/// <summary>
/// Logistic heads over the concept features (<see cref="ConceptFeatures"/>), weights from
/// <see cref="ConceptWeights"/>. A message's cost is a walk through the trie and a few hundred additions.
/// </summary>
internal sealed class ConceptClassifier
{
    private readonly ConceptReader reader;
    private readonly ConceptHead crisis;
    private readonly ConceptHead concern;
    private readonly (ConcernKind Kind, ConceptHead Head)[] kinds;

    public ConceptClassifier(ConceptWeights weights, ConceptReader reader)
    {
        this.reader = reader;
        Weights = weights;
        crisis = weights.Heads.Single(head => head.Name == ConceptWeights.CrisisHead);
        concern = weights.Heads.Single(head => head.Name == ConceptWeights.ConcernHead);
        kinds = [.. weights.Heads
            .Where(head => Enum.TryParse<ConcernKind>(head.Name, out _))
            .Select(head => (Enum.Parse<ConcernKind>(head.Name), head))];
    }

    public ConceptWeights Weights { get; }

    /// <summary>
    /// The level this message reads at, by the shipped thresholds. An English message is left to the layers
    /// made for English (the lexical detector and the sentence embeddings), which its tests pin; English lines
    /// still train this one, for the other languages.
    /// </summary>
    public SafetySignal Assess(ReadOnlySpan<char> text) => Read(text).Signal;

    /// <summary>The level, and whether a gentle check is a crisis just short of the hand-off (<see cref="LayerReading"/>).</summary>
    public LayerReading Read(ReadOnlySpan<char> text)
    {
        Span<ConceptHit> hits = stackalloc ConceptHit[ConceptReader.MaxHits];
        Span<int> ngrams = stackalloc int[ConceptReader.MaxNgrams];
        var hitCount = reader.Read(text, hits, ngrams, out var ngramCount, out var english);
        if (english)
        {
            return default;
        }

        Span<int> features = stackalloc int[ConceptFeatures.MaxFeatures];
        var scores = Score(features[..ConceptFeatures.Of(hits[..hitCount], ngrams[..ngramCount], features)]);
        // A laugh with nothing concrete beside it is met with the gentle question, not the hand-off.
        var softened = ConceptFeatures.WishesToLive(hits[..hitCount]) || ConceptFeatures.LaughsItOff(hits[..hitCount]);
        if (scores.Crisis >= Weights.CrisisThreshold && !softened)
        {
            return new LayerReading(new SafetySignal(ConcernLevel.Crisis, scores.Kind), ConcernKind.None);
        }

        // Just short of the hand-off, or distress: the gentle question.
        return Math.Max(scores.Crisis, scores.Concern) >= Weights.CheckThreshold
            ? new LayerReading(new SafetySignal(ConcernLevel.Check, ConcernKind.AcuteDistress), scores.Crisis >= Weights.CheckThreshold && !softened ? scores.Kind : ConcernKind.None)
            : default;
    }

    public ConceptScores Score(ReadOnlySpan<char> text) => Score(text, out _);

    public ConceptScores Score(ReadOnlySpan<char> text, out bool english)
    {
        Span<ConceptHit> hits = stackalloc ConceptHit[ConceptReader.MaxHits];
        Span<int> ngrams = stackalloc int[ConceptReader.MaxNgrams];
        var hitCount = reader.Read(text, hits, ngrams, out var ngramCount, out english);
        Span<int> features = stackalloc int[ConceptFeatures.MaxFeatures];
        var featureCount = ConceptFeatures.Of(hits[..hitCount], ngrams[..ngramCount], features);
        return Score(features[..featureCount]);
    }

    public ConceptScores Score(ReadOnlySpan<int> features)
    {
        var kind = ConcernKind.SelfHarm;
        var best = float.NegativeInfinity;
        foreach (var (candidate, head) in kinds)
        {
            var logit = Logit(head, features);
            if (logit > best)
            {
                (best, kind) = (logit, candidate);
            }
        }

        return new ConceptScores(Sigmoid(Logit(crisis, features)), Sigmoid(Logit(concern, features)), kind);
    }

    internal static float Logit(ConceptHead head, ReadOnlySpan<int> features)
    {
        var ngramScale = ConceptFeatures.NgramScale(features);
        var sum = head.Bias;
        foreach (var feature in features)
        {
            sum += head.Weights[feature] * ConceptFeatures.ValueOf(feature, ngramScale);
        }

        return sum;
    }

    internal static float Sigmoid(float logit) => 1f / (1f + MathF.Exp(-logit));
}
