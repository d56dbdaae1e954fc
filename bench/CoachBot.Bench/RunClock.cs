using System.Diagnostics;

namespace CoachBot.Bench;

/// <summary>The run's timeline in Stopwatch ticks: warmup, then the measured window, then the end.</summary>
internal sealed class RunClock
{
    private readonly long _started;
    private readonly long _windowStart;
    private readonly long _end;

    public RunClock(TimeSpan warmup, TimeSpan measured)
    {
        _started = Stopwatch.GetTimestamp();
        _windowStart = _started + ToTicks(warmup);
        _end = _windowStart + ToTicks(measured);
    }

    public long WindowStartTimestamp => _windowStart;

    public bool IsOver => Stopwatch.GetTimestamp() >= _end;

    /// <summary>Whether something that finished at <paramref name="timestamp"/> counts in the stats.</summary>
    public bool InWindow(long timestamp) => timestamp >= _windowStart && timestamp < _end;

    /// <summary>Whether something that finished at <paramref name="timestamp"/> belongs to the warmup.</summary>
    public bool InWarmup(long timestamp) => timestamp < _windowStart;

    public Task DelayUntilWindowStartAsync() => DelayUntilAsync(_windowStart);

    public Task DelayUntilEndAsync() => DelayUntilAsync(_end);

    private static async Task DelayUntilAsync(long timestamp)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining > TimeSpan.Zero)
            await Task.Delay(remaining);
    }

    private static long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
