using System.Text.Json.Serialization;

namespace CoachBot.Safety.Concepts;

/// <summary>One logistic head: a bias and a weight per feature (<see cref="ConceptFeatures"/>).</summary>
public sealed record ConceptHead(string Name, float Bias, float[] Weights);

/// <summary>
/// The trained classifier as shipped in <c>concept-weights.json</c>: its heads, its thresholds, the dictionary
/// it was trained on (<see cref="ConceptLexicon.Hash"/>) and a checksum of all of it. Loading checks both: a
/// file damaged in a copy, or left stale by a dictionary change, stops start-up with the command that
/// regenerates it (<see cref="RegenerateCommand"/>).
/// </summary>
public sealed record ConceptWeights : ISealedWeights<ConceptWeights>
{
    public const string Format = "coachbot-concept-weights/1";
    public const string FileName = "concept-weights.json";

    /// <summary>How the file is made again from the training data (see <see cref="ConceptTrainer"/>).</summary>
    public const string RegenerateCommand =
        "COACHBOT_RETRAIN_CONCEPTS=1 dotnet test tests/CoachBot.Tests --filter FullyQualifiedName~ShippedConceptWeightsTests";

    public const string CrisisHead = "crisis";
    public const string ConcernHead = "concern";

    public string FileFormat { get; init; } = Format;
    public required string Dictionary { get; init; }
    public required int Features { get; init; }

    /// <summary>A crisis reading at or above this is the hand-off.</summary>
    public required float CrisisThreshold { get; init; }

    /// <summary>Below the hand-off, a crisis or concern reading at or above this is a gentle check.</summary>
    public required float CheckThreshold { get; init; }

    /// <summary>The crisis and concern heads, then one head per kind of crisis (named as <see cref="ConcernKind"/>).</summary>
    public required IReadOnlyList<ConceptHead> Heads { get; init; }

    /// <summary>The training files and their line counts, for the record.</summary>
    public required IReadOnlyList<string> TrainedOn { get; init; }

    [JsonPropertyName("checksum")]
    public string Checksum { get; init; } = "";

    /// <summary>The file's text, with its checksum.</summary>
    public string ToJson() => SealedWeights.ToJson(this);

    /// <summary>Reads and checks a weights file's text; throws <see cref="InvalidDataException"/> saying why it cannot be used.</summary>
    public static ConceptWeights Parse(string json) => SealedWeights.Parse<ConceptWeights>(json);

    public static ConceptWeights Load(string path) => SealedWeights.Load<ConceptWeights>(path);

    static string ISealedWeights<ConceptWeights>.Format => Format;

    static string ISealedWeights<ConceptWeights>.Described => "The concept weights";

    static string ISealedWeights<ConceptWeights>.RegenerateCommand => RegenerateCommand;

    ConceptWeights ISealedWeights<ConceptWeights>.WithChecksum(string checksum) => this with { Checksum = checksum };

    static void ISealedWeights<ConceptWeights>.CheckUsable(ConceptWeights weights)
    {
        if (weights.Dictionary != ConceptLexicon.Hash || weights.Features != ConceptFeatures.Count)
        {
            throw SealedWeights.Unusable<ConceptWeights>("were trained on another concept dictionary");
        }

        if (weights.Heads.Count < 2 || weights.Heads.Any(head => head.Weights.Length != ConceptFeatures.Count))
        {
            throw SealedWeights.Unusable<ConceptWeights>("lack a head or a feature");
        }
    }
}
