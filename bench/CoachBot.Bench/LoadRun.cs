using System.Diagnostics;
using System.Net;

namespace CoachBot.Bench;

/// <summary>Runs all virtual users against one bot for warmup + duration and gathers the results.</summary>
internal static class LoadRun
{
    public static async Task<BenchResult> RunAsync(BenchOptions options)
    {
        using var http = CreateHttpClient(options.Users);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = new RunClock(options.Warmup, options.Duration);
        await using var bot = options.BotPid is { } pid ? BotProcessMonitor.Start(pid) : null;
        using var driver = Process.GetCurrentProcess();

        var users = Enumerable.Range(1, options.Users)
            .Select(n => new VirtualUser(n, http, options, clock))
            .ToArray();
        var running = users.Select(user => Task.Run(user.RunAsync)).ToArray();

        Console.Error.WriteLine($"[{options.Label}] {options.Users} users, warming up for {options.Warmup.TotalSeconds:0.#} s...");
        await clock.DelayUntilWindowStartAsync();
        var botCpuAtStart = bot?.CpuTime();
        var driverCpuAtStart = CpuTime(driver);
        var machineAtStart = MachineCpu.Read();
        Console.Error.WriteLine($"[{options.Label}] measuring for {options.Duration.TotalSeconds:0.#} s...");
        await clock.DelayUntilEndAsync();
        var botCpuAtEnd = bot?.CpuTime();
        var driverCpuAtEnd = CpuTime(driver);
        var machineAtEnd = MachineCpu.Read();
        // Users finish the turn they are in; those turns end after the window and are not counted.
        await Task.WhenAll(running);

        var cpu = new CpuUse(
            Bot: CoresUsed(botCpuAtStart, botCpuAtEnd, options.Duration),
            Driver: CoresUsed(driverCpuAtStart, driverCpuAtEnd, options.Duration) ?? 0,
            Machine: MachineCpu.CoresBusy(machineAtStart, machineAtEnd),
            Stolen: MachineCpu.CoresStolen(machineAtStart, machineAtEnd));
        if (options.TurnsCsvPath is { } csvPath)
            await TurnsCsv.WriteAsync(csvPath, users, clock.WindowStartTimestamp);
        return Summarize(options, startedAt, users.Select(u => u.Stats).ToList(), bot, cpu);
    }

    /// <summary>One keep-alive connection per user, and nothing per request that a bot client would not do.</summary>
    private static HttpClient CreateHttpClient(int users)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = users,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            // No W3C trace headers: they cost allocations per request and the bot would parse them.
            ActivityHeadersPropagator = null,
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    private static BenchResult Summarize(
        BenchOptions options, DateTimeOffset startedAt, List<UserStats> stats, BotProcessMonitor? bot, CpuUse cpu)
    {
        var latencies = stats.SelectMany(s => s.LatencyTicks).ToList();
        latencies.Sort();
        var warmupLatencies = stats.SelectMany(s => s.WarmupLatencyTicks).ToList();
        warmupLatencies.Sort();
        var completed = stats.Sum(s => s.ConversationsCompleted);
        var errorKinds = stats.SelectMany(s => s.ErrorKinds)
            .GroupBy(kind => kind.Key)
            .ToDictionary(g => g.Key, g => g.Sum(kind => kind.Value));

        return new BenchResult(
            Label: options.Label,
            Url: string.Join(" + ", options.Urls),
            Users: options.Users,
            WarmupSeconds: options.Warmup.TotalSeconds,
            MeasuredSeconds: options.Duration.TotalSeconds,
            ConversationsCompleted: completed,
            ConversationsCapped: stats.Sum(s => s.ConversationsCapped),
            TurnsPerConversation: completed == 0 ? 0 : (double)stats.Sum(s => s.TurnsInCompletedConversations) / completed,
            Turns: latencies.Count,
            TurnsPerSecond: latencies.Count / options.Duration.TotalSeconds,
            P50Ms: Ms(Percentiles.Of(latencies, 50)),
            P90Ms: Ms(Percentiles.Of(latencies, 90)),
            P99Ms: Ms(Percentiles.Of(latencies, 99)),
            MaxMs: Ms(latencies.Count == 0 ? 0 : latencies[^1]),
            MeanMs: latencies.Count == 0 ? 0 : Ms((long)latencies.Average()),
            WarmupTurns: warmupLatencies.Count,
            WarmupP50Ms: Ms(Percentiles.Of(warmupLatencies, 50)),
            WarmupP99Ms: Ms(Percentiles.Of(warmupLatencies, 99)),
            Errors: stats.Sum(s => s.Errors),
            ErrorKinds: errorKinds,
            BotPid: options.BotPid,
            BotPeakRssMiB: bot is { Samples: > 0 } ? KiBToMiB(bot.PeakRssKiB) : null,
            BotHighWaterMarkMiB: bot?.HighWaterMarkKiB() is { } hwm ? KiBToMiB(hwm) : null,
            BotExitedDuringRun: bot?.ProcessExited ?? false,
            BotCpuCores: cpu.Bot,
            DriverCpuCores: cpu.Driver,
            MachineCpuCores: cpu.Machine,
            StolenCpuCores: cpu.Stolen,
            // Only meaningful when the bot was watched: otherwise its use would count as "other".
            OtherCpuCores: cpu.Machine is { } machine && cpu.Bot is { } botCores ? Math.Max(0, machine - botCores - cpu.Driver) : null,
            StartedAt: startedAt);
    }

    /// <summary>Average cores busy over the measured window, by whom.</summary>
    private readonly record struct CpuUse(double? Bot, double Driver, double? Machine, double? Stolen);

    private static TimeSpan CpuTime(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Average number of cores busy over the window: CPU time used divided by wall time.</summary>
    private static double? CoresUsed(TimeSpan? atStart, TimeSpan? atEnd, TimeSpan window) =>
        atStart is { } start && atEnd is { } end ? (end - start).TotalSeconds / window.TotalSeconds : null;

    private static double Ms(long ticks) => UserStats.TicksToMs(ticks);

    private static double KiBToMiB(long kib) => kib / 1024.0;
}
