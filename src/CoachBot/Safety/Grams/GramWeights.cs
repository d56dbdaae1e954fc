using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

namespace CoachBot.Safety.Grams;

/// <summary>
/// One logistic head over the hashed features, as shipped: a bias and one signed byte per bucket, times
/// <see cref="Scale"/> (8-bit weights: a quarter of the memory of floats, and the same readings to about 1 %).
/// </summary>
public sealed record GramHead(string Name, float Bias, float Scale, sbyte[] Weights)
{
    /// <summary>The head's logit for a message's features (<see cref="GramFeatures"/>).</summary>
    public float Logit(ReadOnlySpan<int> features)
    {
        var sum = 0;
        foreach (var feature in features)
        {
            sum += Weights[feature];
        }

        return Bias + (Scale * GramFeatures.ValueOf(features.Length) * sum);
    }

    /// <summary>Quantizes trained weights: the largest weight becomes ±127.</summary>
    public static GramHead Quantize(string name, float bias, float[] weights)
    {
        var largest = weights.Max(MathF.Abs);
        var scale = largest == 0f ? 1f : largest / 127f;
        var quantized = new sbyte[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantized[i] = (sbyte)Math.Clamp(MathF.Round(weights[i] / scale), -127f, 127f);
        }

        return new GramHead(name, MathF.Round(bias, 4), scale, quantized);
    }
}

/// <summary>
/// The trained n-gram classifier as shipped in <c>gram-weights.json</c>: its heads (crisis, any concern, then
/// one per kind of crisis), the thresholds per message language, the featurizer it was trained with
/// (<see cref="GramFeatures"/>, by <see cref="FeaturizerVersion"/>) and a checksum of all of it. A damaged or
/// stale file stops start-up with the command that regenerates it (<see cref="RegenerateCommand"/>).
/// </summary>
public sealed record GramWeights : ISealedWeights<GramWeights>
{
    public const string Format = "coachbot-gram-weights/1";
    public const string FileName = "gram-weights.json";

    /// <summary>Changes whenever <see cref="GramFeatures"/> reads a message differently: weights from another featurizer are refused.</summary>
    public const string FeaturizerVersion = "scriptfolding-lower-digits0-rep2; +folded view; chars 1(non-ascii)..5; words 1..2; fnv1a-mix; 2^18";

    /// <summary>How the file is made again from the training data (see <see cref="GramTrainer"/>).</summary>
    public const string RegenerateCommand =
        "COACHBOT_RETRAIN_GRAMS=1 dotnet test tests/CoachBot.Tests --filter FullyQualifiedName~ShippedGramWeightsTests";

    public const string CrisisHead = "crisis";
    public const string ConcernHead = "concern";

    /// <summary>The thresholds for a language the training lines had too few ordinary lines of.</summary>
    public const string AnyLanguage = "*";

    public string FileFormat { get; init; } = Format;
    public required string Featurizer { get; init; }

    /// <summary>Per message language (<see cref="GramLanguage"/>): the hand-off and the gentle check's thresholds.</summary>
    public required IReadOnlyDictionary<string, GramThresholds> Thresholds { get; init; }

    /// <summary>
    /// The crisis head, the concern head, then one head per kind of crisis (named as <see cref="ConcernKind"/>), as
    /// stored; <see cref="DecodeHeads"/> gives their weights.
    /// </summary>
    public required IReadOnlyList<StoredHead> Heads { get; init; }

    /// <summary>The training files and their line counts, for the record.</summary>
    public required IReadOnlyList<string> TrainedOn { get; init; }

    [JsonPropertyName("checksum")]
    public string Checksum { get; init; } = "";

    public static GramWeights Of(IReadOnlyList<GramHead> heads, IReadOnlyDictionary<string, GramThresholds> thresholds, IReadOnlyList<string> trainedOn) => new()
    {
        Featurizer = FeaturizerVersion,
        Thresholds = thresholds,
        Heads = [.. heads.Select(StoredHead.Of)],
        TrainedOn = trainedOn,
    };

    /// <summary>The heads' weights, inflated (a few milliseconds; done once, when the layer is made).</summary>
    public IReadOnlyList<GramHead> DecodeHeads() => [.. Heads.Select(stored => stored.ToHead())];

    public GramThresholds ThresholdsFor(string language) =>
        Thresholds.TryGetValue(language, out var thresholds) ? thresholds : Thresholds[AnyLanguage];

    public string ToJson() => SealedWeights.ToJson(this);

    /// <summary>Reads and checks a weights file's text; throws <see cref="InvalidDataException"/> saying why it cannot be used.</summary>
    public static GramWeights Parse(string json) => SealedWeights.Parse<GramWeights>(json);

    public static GramWeights Load(string path) => SealedWeights.Load<GramWeights>(path);

    static string ISealedWeights<GramWeights>.Format => Format;

    static string ISealedWeights<GramWeights>.Described => "The n-gram weights";

    static string ISealedWeights<GramWeights>.RegenerateCommand => RegenerateCommand;

    GramWeights ISealedWeights<GramWeights>.WithChecksum(string checksum) => this with { Checksum = checksum };

    static void ISealedWeights<GramWeights>.CheckUsable(GramWeights weights)
    {
        if (weights.Featurizer != FeaturizerVersion)
        {
            throw SealedWeights.Unusable<GramWeights>("were trained with another featurizer");
        }

        if (weights.Heads.Count < 2 || weights.Heads[0].Name != CrisisHead || weights.Heads[1].Name != ConcernHead || !weights.Thresholds.ContainsKey(AnyLanguage))
        {
            throw SealedWeights.Unusable<GramWeights>("lack a head or the thresholds");
        }
    }

    /// <summary>A head as the file holds it.</summary>
    public sealed record StoredHead(string Name, float Bias, float Scale, string Weights)
    {
        public static StoredHead Of(GramHead head)
        {
            using var compressed = new MemoryStream();
            using (var deflate = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(MemoryMarshal.AsBytes(head.Weights.AsSpan()));
            }

            return new StoredHead(head.Name, head.Bias, head.Scale, Convert.ToBase64String(compressed.ToArray()));
        }

        public GramHead ToHead()
        {
            var weights = new sbyte[GramFeatures.Buckets];
            var bytes = MemoryMarshal.AsBytes(weights.AsSpan());
            using var inflate = new ZLibStream(new MemoryStream(Convert.FromBase64String(Weights)), CompressionMode.Decompress);
            var read = 0;
            int chunk;
            while (read < bytes.Length && (chunk = inflate.Read(bytes[read..])) > 0)
            {
                read += chunk;
            }

            if (read != bytes.Length || inflate.ReadByte() != -1)
            {
                throw new InvalidDataException($"The n-gram head '{Name}' does not hold {GramFeatures.Buckets} weights; regenerate them: {RegenerateCommand}");
            }

            return new GramHead(Name, Bias, Scale, weights);
        }
    }
}

/// <summary>A crisis reading at or above <paramref name="HandOff"/> is the hand-off; below it, a crisis or concern reading at or above <paramref name="Check"/> is the gentle check.</summary>
public sealed record GramThresholds(float HandOff, float Check);
