namespace CoachBot.Safety;

/// <summary>How strongly a message suggests that the person may not be safe.</summary>
public enum ConcernLevel
{
    None,
    /// <summary>Worth a short, gentle check ("this job hunt is killing me lol"), not the full hand-off.</summary>
    Check,
    /// <summary>Coaching pauses and concrete help comes at once.</summary>
    Crisis,
}

/// <summary>What the concern is about, which decides the help offered.</summary>
public enum ConcernKind
{
    None,
    SelfHarm,
    HarmToOthers,
    Abuse,
    EatingDisorder,
    SubstanceUse,
    AcuteDistress,
}

/// <summary>One message's assessment: levels and kinds only, never the text.</summary>
public readonly record struct SafetySignal(ConcernLevel Level, ConcernKind Kind)
{
    public static SafetySignal None => default;

    public bool IsConcern => Level > ConcernLevel.None;

    /// <summary>The stronger of the two; a tie keeps this one.</summary>
    public SafetySignal Max(SafetySignal other) => other.Level > Level ? other : this;
}

/// <summary>
/// Reads one message for signs of crisis. <paramref name="recent"/> holds what the conversation's last
/// messages raised (concerns only, oldest first), so a message can be read in its context. A second
/// opinion (an LLM, later) is another assessor: the bot takes the highest level, so it can only raise it.
/// </summary>
public interface ISafetyAssessor
{
    ValueTask<SafetySignal> AssessAsync(string text, IReadOnlyList<SafetySignal> recent, CancellationToken cancellationToken);
}
