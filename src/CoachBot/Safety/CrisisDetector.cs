namespace CoachBot.Safety;

/// <summary>Interim detector, replaced by the multilingual one.</summary>
public sealed class CrisisDetector : ISafetyAssessor
{
    public SafetySignal Assess(string text, IReadOnlyList<SafetySignal> recent)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("killing me lol", StringComparison.Ordinal))
        {
            return new SafetySignal(ConcernLevel.Check, ConcernKind.SelfHarm);
        }

        if (lower.Contains("pills", StringComparison.Ordinal) || lower.Contains("hurt myself", StringComparison.Ordinal) || lower.Contains("kill myself", StringComparison.Ordinal))
        {
            return new SafetySignal(ConcernLevel.Crisis, ConcernKind.SelfHarm);
        }

        return SafetySignal.None;
    }

    public ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Assess(text, recent));
}
