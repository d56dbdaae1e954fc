using System.Globalization;

namespace CoachBot.Bench;

/// <summary>
/// Sets CoachBot's results beside the peer's from the same run on the same machine. Only the ratios
/// are meaningful across machines; the targets are at least 4x the peer's turns/s and at most a
/// quarter of its p99 latency.
/// </summary>
internal static class Comparison
{
    private const double ThroughputTarget = 4.0;
    private const double P99Target = 0.25;

    public static int Run(string coachBotJsonPath, string peerJsonPath, TextWriter output)
    {
        var ours = BenchResult.FromJson(File.ReadAllText(coachBotJsonPath));
        var peer = BenchResult.FromJson(File.ReadAllText(peerJsonPath));

        var throughputRatio = Ratio(ours.TurnsPerSecond, peer.TurnsPerSecond);
        var p99Ratio = Ratio(ours.P99Ms, peer.P99Ms);
        var throughputMet = throughputRatio >= ThroughputTarget;
        var p99Met = p99Ratio <= P99Target;

        output.WriteLine();
        output.WriteLine($"{"",-16}{ours.Label,14}{peer.Label,14}{"ratio",10}  target");
        Row("turns/s", ours.TurnsPerSecond, peer.TurnsPerSecond, "0.0", $"{throughputRatio:0.00}x", $">= {ThroughputTarget:0}x  {Verdict(throughputMet)}");
        Row("p99 ms", ours.P99Ms, peer.P99Ms, "0.00", $"{p99Ratio:0.00}x", $"<= 1/{1 / P99Target:0}  {Verdict(p99Met)}");
        Row("p50 ms", ours.P50Ms, peer.P50Ms, "0.00", $"{Ratio(ours.P50Ms, peer.P50Ms):0.00}x", "");
        Row("max ms", ours.MaxMs, peer.MaxMs, "0.00", "", "");
        if (ours.WarmupTurns > 0 && peer.WarmupTurns > 0)
            Row("warmup p99 ms", ours.WarmupP99Ms, peer.WarmupP99Ms, "0.00", $"{Ratio(ours.WarmupP99Ms, peer.WarmupP99Ms):0.00}x", "(not judged)");
        Row("peak RSS MiB", ours.BotPeakRssMiB, peer.BotPeakRssMiB, "0.0", "", "");
        Row("bot cpu cores", ours.BotCpuCores, peer.BotCpuCores, "0.00", "", "");
        Row("other cpu cores", ours.OtherCpuCores, peer.OtherCpuCores, "0.00", "", "");
        Row("  of which steal", ours.StolenCpuCores, peer.StolenCpuCores, "0.00", "", "");
        Row("conversations", ours.ConversationsCompleted, peer.ConversationsCompleted, "0", "", "");
        Row("capped", ours.ConversationsCapped, peer.ConversationsCapped, "0", "", "");
        Row("errors", ours.Errors, peer.Errors, "0", "", "");

        output.WriteLine();
        var valid = ours.Errors == 0 && peer.Errors == 0 && ours.Turns > 0 && peer.Turns > 0;
        if (!valid)
            output.WriteLine("WARNING: a run had errors or no turns; the comparison is not valid. See the per-run output above.");
        if (ours.OtherCpuCores > ResultReport.NoisyOtherCores || peer.OtherCpuCores > ResultReport.NoisyOtherCores)
            output.WriteLine("WARNING: other processes (or, on a VM, the hypervisor's steal) used the CPU during a run; rerun on a quiet machine before trusting the ratios.");
        output.WriteLine($"targets met: {(!valid ? "not judged" : throughputMet && p99Met ? "yes" : "no")}");
        return 0;

        void Row(string name, double? a, double? b, string format, string ratio, string target) =>
            output.WriteLine($"{name,-16}{Format(a, format),14}{Format(b, format),14}{ratio,10}  {target}".TrimEnd());
    }

    private static double Ratio(double a, double b) => b == 0 ? double.NaN : a / b;

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static string Format(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
