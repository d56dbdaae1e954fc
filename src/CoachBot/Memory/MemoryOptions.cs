namespace CoachBot.Memory;

/// <summary>How the process keeps its memory down (README, "Memory").</summary>
public sealed class MemoryOptions
{
    public const string Section = "CoachBot:Memory";

    /// <summary>
    /// How often the C heap's freed pages are returned to the system; zero or less: never. A second keeps the
    /// peak about 30 MiB lower under load for no measurable CPU (bench/README.md, "Memory").
    /// </summary>
    public TimeSpan NativeHeapTrimInterval { get; set; } = TimeSpan.FromSeconds(1);
}
