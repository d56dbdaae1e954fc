using CoachBot.Coaching;
using CoachBot.Safety.Concepts;

namespace CoachBot.Safety.Grams;

/// <summary>
/// The concept layer and the n-gram layer read a message by different features (concepts from dictionaries; character
/// n-grams), each trained on the labelled lines. When both give a gentle check and at least one of them reads a crisis
/// just short of its hand-off (<see cref="LayerReading.IsNearCrisis"/>), the message gets the hand-off: two independent
/// readings agreeing is stronger evidence than either bar. A check from distress alone in both stays a check. Measured on
/// the writers neither layer trained on (bench/README.md, "Eleventh round"): +35 of 899 crisis lines in other languages, no
/// false hand-off added; plain "two checks make a hand-off" also handed off two figures of speech and ten times the distress
/// lines. It only adds to the other layers.
/// </summary>
public sealed class CorroboratedCrisisAssessor(ConceptWeights conceptWeights, GramClassifier grams) : ISafetyAssessor
{
    private readonly ConceptClassifier concepts = new(conceptWeights, ConceptReader.Shared);

    public ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || ButtonLabels.Contains(text))
        {
            return ValueTask.FromResult(SafetySignal.None);
        }

        // The n-gram layer first: it leaves English and most messages at once (no check, nothing to corroborate), so the
        // concept layer, which reads every message whole, is read a second time only for the few the n-grams check.
        var gram = grams.Read(text);
        return ValueTask.FromResult(gram.Signal.Level == ConcernLevel.Check ? Combine(concepts.Read(text), gram) : SafetySignal.None);
    }

    /// <summary>A hand-off when both are checks and one is a crisis just short of its bar; otherwise nothing (the layers speak for themselves).</summary>
    public static SafetySignal Combine(LayerReading concept, LayerReading gram)
    {
        if (concept.Signal.Level != ConcernLevel.Check || gram.Signal.Level != ConcernLevel.Check)
        {
            return SafetySignal.None;
        }

        return concept.IsNearCrisis ? new SafetySignal(ConcernLevel.Crisis, concept.NearCrisis)
            : gram.IsNearCrisis ? new SafetySignal(ConcernLevel.Crisis, gram.NearCrisis)
            : SafetySignal.None;
    }
}
