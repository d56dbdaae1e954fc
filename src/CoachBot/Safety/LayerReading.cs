namespace CoachBot.Safety;

/// <summary>
/// A trained layer's reading of one message: its signal, and for a gentle check, the kind of crisis its crisis reading
/// alone points to when that reading is past the check bar (a crisis just short of the hand-off, not softened by a wish
/// to live, a laugh or a figure of speech); <see cref="ConcernKind.None"/> when the check comes from distress alone.
/// </summary>
public readonly record struct LayerReading(SafetySignal Signal, ConcernKind NearCrisis)
{
    public bool IsNearCrisis => Signal.Level == ConcernLevel.Check && NearCrisis != ConcernKind.None;
}
