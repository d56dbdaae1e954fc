using System.Globalization;

namespace CoachBot.Bench;

/// <summary>
/// Whole-machine CPU counters from /proc/stat. Subtracting the bot's and the driver's own use from the
/// machine's shows how much other work ran during the window and skewed it (a build, a test run...).
/// On a VM that includes "steal": time the hypervisor gave this machine's cores to other guests.
/// </summary>
internal readonly record struct MachineCpu(long BusyTicks, long StealTicks, long TotalTicks, int Cpus)
{
    /// <summary>The aggregate "cpu" line and the number of "cpuN" lines; null where /proc/stat is not available.</summary>
    public static MachineCpu? Read()
    {
        try
        {
            var lines = File.ReadAllLines("/proc/stat");
            var line = lines.FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            var cpus = lines.Count(l => l.Length > 3 && l.StartsWith("cpu", StringComparison.Ordinal) && char.IsAsciiDigit(l[3]));
            if (line is null || cpus == 0)
                return null;
            // cpu user nice system idle iowait irq softirq steal ...: idle and iowait are the idle ones.
            var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
            var total = ticks.Take(8).Sum();
            var idle = ticks[3] + (ticks.Length > 4 ? ticks[4] : 0);
            var steal = ticks.Length > 7 ? ticks[7] : 0;
            return new MachineCpu(total - idle, steal, total, cpus);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Average busy cores between two readings.</summary>
    public static double? CoresBusy(MachineCpu? start, MachineCpu? end) =>
        start is { } s && end is { } e && e.TotalTicks > s.TotalTicks
            ? (double)(e.BusyTicks - s.BusyTicks) / (e.TotalTicks - s.TotalTicks) * e.Cpus
            : null;

    /// <summary>Average cores stolen by the hypervisor between two readings.</summary>
    public static double? CoresStolen(MachineCpu? start, MachineCpu? end) =>
        start is { } s && end is { } e && e.TotalTicks > s.TotalTicks
            ? (double)(e.StealTicks - s.StealTicks) / (e.TotalTicks - s.TotalTicks) * e.Cpus
            : null;
}
