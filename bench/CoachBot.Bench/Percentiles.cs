namespace CoachBot.Bench;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of values sorted ascending; 0 when there are none.</summary>
    public static long Of(IReadOnlyList<long> sorted, double percent)
    {
        if (sorted.Count == 0)
            return 0;
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
