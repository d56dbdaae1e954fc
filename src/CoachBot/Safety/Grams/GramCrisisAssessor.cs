using CoachBot.Coaching;

namespace CoachBot.Safety.Grams;

/// <summary>
/// The reading of a typed message by its character n-grams and words, in every language: a linear classifier
/// trained offline on every labelled line the team has (<see cref="GramTrainer"/>), which generalizes across
/// spellings, missing accents, romanization and inflection where a word list cannot. It only adds to the other
/// layers (the guard takes the highest level). A tapped choice is never read.
/// </summary>
public sealed class GramCrisisAssessor(GramClassifier classifier) : ISafetyAssessor
{
    /// <summary>The file shipped beside the binaries.</summary>
    public static string DefaultWeightsPath => Path.Combine(AppContext.BaseDirectory, "Safety", "Grams", GramWeights.FileName);

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
