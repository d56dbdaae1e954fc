namespace CoachBot.Safety;

/// <summary>
/// What recent messages raised, as the context of this one: distress that persists is a pattern. Applied by
/// <see cref="SafetyGuard"/> to the combined reading of every layer, so a gentle check from any of them after
/// an earlier concern is a crisis; each layer itself reads the message alone.
/// </summary>
public static class RecentConcerns
{
    /// <summary>
    /// <paramref name="own"/>, raised to a crisis when it is a check and <paramref name="recent"/> holds a
    /// concern. A message that is no concern ("I'm fine") stays None whatever came before: the guard's
    /// questions handle that. The kind is the message's own, unless it is the general one and the earlier
    /// concern says more.
    /// </summary>
    public static SafetySignal InContext(SafetySignal own, IReadOnlyList<SafetySignal> recent)
    {
        ArgumentNullException.ThrowIfNull(recent);
        if (own.Level != ConcernLevel.Check)
        {
            return own;
        }

        var earlier = Strongest(recent);
        if (!earlier.IsConcern)
        {
            return own;
        }

        var kind = own.Kind != ConcernKind.AcuteDistress || earlier.Kind is ConcernKind.None ? own.Kind : earlier.Kind;
        return new SafetySignal(ConcernLevel.Crisis, kind);
    }

    /// <summary>The strongest recent signal; between equals, the newest.</summary>
    private static SafetySignal Strongest(IReadOnlyList<SafetySignal> recent)
    {
        var strongest = SafetySignal.None;
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            strongest = strongest.Max(recent[i]);
        }

        return strongest;
    }
}
