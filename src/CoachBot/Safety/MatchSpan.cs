namespace CoachBot.Safety;

/// <summary>
/// Where a lexicon entry matched: the words (or, for fragments, the characters) from <see cref="Start"/> up
/// to <see cref="End"/>, and which of them are the entry's own rather than gap fillers, as bits counted from
/// <see cref="Start"/>. Matches are at most <see cref="MaxLength"/> long, so the bits fit one ulong.
/// </summary>
internal readonly record struct MatchSpan(int Start, int End, ulong OwnPositions)
{
    internal const int MaxLength = 64;

    public static MatchSpan Contiguous(int start, int length) =>
        new(start, start + length, length == MaxLength ? ulong.MaxValue : (1UL << length) - 1);

    public bool Overlaps(MatchSpan other) => Start < other.End && other.Start < End;

    /// <summary>
    /// True when every own position of <paramref name="other"/> is also one of ours: "threatened to kill me"
    /// contains the idiom "kill me", but "going to kill it with the recruiter" does not contain "kill it",
    /// because "it" only filled a gap.
    /// </summary>
    public bool ContainsOwnPositionsOf(MatchSpan other)
    {
        if (other.Start < Start || other.End > End)
        {
            return false;
        }

        var shifted = other.OwnPositions << (other.Start - Start);
        return (shifted & ~OwnPositions) == 0;
    }

    /// <summary>
    /// True when a word is one of both matches' own words: "shoot" in "going to shoot the recruiter" and in
    /// "shoot the recruiter an email". An idiom that only falls in another match's gap ("won't need the cover
    /// letter anymore") is a different passage and leaves it alone.
    /// </summary>
    public bool SharesOwnPositionWith(MatchSpan other)
    {
        for (var at = Math.Max(Start, other.Start); at < Math.Min(End, other.End); at++)
        {
            if ((OwnPositions & (1UL << (at - Start))) != 0 && (other.OwnPositions & (1UL << (at - other.Start))) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
