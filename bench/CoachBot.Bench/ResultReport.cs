using System.Globalization;

namespace CoachBot.Bench;

/// <summary>Prints one run's results for a person to read.</summary>
internal static class ResultReport
{
    /// <summary>More CPU than this used by neither bot nor driver means something else competed for the machine.</summary>
    public const double NoisyOtherCores = 0.2;

    public static void Print(BenchResult r, TextWriter output)
    {
        var lines = new List<string>
        {
            $"== {r.Label} ==  {r.Url}",
            $"load            {r.Users} users, {r.MeasuredSeconds:0.#} s measured after {r.WarmupSeconds:0.#} s warmup",
            $"conversations   {r.ConversationsCompleted} completed ({r.TurnsPerConversation:0.0} turns each), {r.ConversationsCapped} capped",
            $"turns           {r.Turns} ({r.TurnsPerSecond:0.0}/s)",
            $"latency ms      p50 {r.P50Ms:0.00}  p90 {r.P90Ms:0.00}  p99 {r.P99Ms:0.00}  max {r.MaxMs:0.00}  mean {r.MeanMs:0.00}",
            r.WarmupTurns == 0
                ? "warmup          none"
                : $"warmup          {r.WarmupTurns} turns ({r.WarmupTurns / r.WarmupSeconds:0.0}/s), p50 {r.WarmupP50Ms:0.00}  p99 {r.WarmupP99Ms:0.00} ms (not in the figures above)",
            $"errors          {r.Errors}",
        };
        lines.AddRange(r.ErrorKinds.OrderByDescending(kind => kind.Value).Take(5)
            .Select(kind => $"                {kind.Value} x {kind.Key}"));
        if (r.BotPid is { } pid)
        {
            lines.Add($"bot memory      peak RSS {Mib(r.BotPeakRssMiB)} MiB (sampled every 100 ms), VmHWM {Mib(r.BotHighWaterMarkMiB)} MiB (pid {pid})");
            if (r.BotExitedDuringRun)
                lines.Add("                WARNING: the bot process was gone during the run");
        }
        lines.Add($"cpu (cores)     bot {Cores(r.BotCpuCores)}, driver {Cores(r.DriverCpuCores)}, other processes {Cores(r.OtherCpuCores)} (of which stolen by the hypervisor {Cores(r.StolenCpuCores)}), machine {Cores(r.MachineCpuCores)}");
        if (r.OtherCpuCores > NoisyOtherCores)
            lines.Add("                WARNING: other processes kept the CPU busy during the run; the numbers are skewed");
        foreach (var line in lines)
            output.WriteLine(line);
    }

    private static string Cores(double? cores) => cores is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Mib(double? mib) => mib is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
}
