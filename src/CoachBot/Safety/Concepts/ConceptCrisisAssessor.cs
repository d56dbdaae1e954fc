using CoachBot.Coaching;

namespace CoachBot.Safety.Concepts;

/// <summary>
/// The reading by meaning in the languages the semantic layer cannot read: a message becomes concepts (who,
/// what, intent, means, time, farewell, negation; <see cref="ConceptReader"/>) and a classifier trained on
/// labelled lines in ten languages reads those (<see cref="ConceptClassifier"/>). Because the features are the
/// same concepts in every language, what the English lines teach holds for the others; English messages
/// themselves are left to the layers made for English. It only adds to the other layers (the guard takes the
/// highest level). A tapped choice is never read.
/// </summary>
public sealed class ConceptCrisisAssessor : ISafetyAssessor
{
    private readonly ConceptClassifier classifier;

    public ConceptCrisisAssessor(ConceptWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        classifier = new ConceptClassifier(weights, ConceptReader.Shared);
    }

    /// <summary>The file shipped beside the binaries.</summary>
    public static string DefaultWeightsPath => Path.Combine(AppContext.BaseDirectory, "Safety", "Concepts", ConceptWeights.FileName);

    public ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || ButtonLabels.Contains(text))
        {
            return ValueTask.FromResult(SafetySignal.None);
        }

        return ValueTask.FromResult(classifier.Assess(text));
    }
}
