using System.Diagnostics;
using System.Globalization;

namespace CoachBot.Bench;

/// <summary>
/// Watches the bot's process from outside through Linux /proc: resident memory sampled every 100 ms
/// (the peak is what matters for sizing a host) and CPU time read at the window's edges.
/// </summary>
internal sealed class BotProcessMonitor : IAsyncDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);

    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private BotProcessMonitor(int pid)
    {
        _pid = pid;
        _sampling = SampleAsync(_stop.Token);
    }

    public long PeakRssKiB { get; private set; }
    public int Samples { get; private set; }
    /// <summary>Set when a sample found the process gone: the bot died during the run.</summary>
    public bool ProcessExited { get; private set; }

    public static BotProcessMonitor Start(int pid) => new(pid);

    /// <summary>VmHWM: the peak resident size the kernel saw since the process started.</summary>
    public long? HighWaterMarkKiB() => ReadStatusKiB(_pid, "VmHWM:");

    /// <summary>User plus system CPU time the bot has used so far; null when it is gone.</summary>
    public TimeSpan? CpuTime()
    {
        try
        {
            using var process = Process.GetProcessById(_pid);
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(SampleInterval);
        do
        {
            if (ReadStatusKiB(_pid, "VmRSS:") is { } rss)
            {
                PeakRssKiB = Math.Max(PeakRssKiB, rss);
                Samples++;
            }
            else
            {
                ProcessExited = true;
            }
        }
        while (await WaitNextTickAsync(timer, stop));
    }

    private static async Task<bool> WaitNextTickAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>A "Name:   12345 kB" line of /proc/PID/status, in KiB; null if the process or line is missing.</summary>
    private static long? ReadStatusKiB(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith(field, StringComparison.Ordinal))
                    continue;
                var number = line.AsSpan(field.Length).Trim();
                if (number.EndsWith("kB", StringComparison.Ordinal))
                    number = number[..^2].Trim();
                return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib : null;
            }
            return null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
