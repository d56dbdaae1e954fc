using System.Threading.Channels;

namespace CoachBot.IntegrationTests.Fakes;

/// <summary>
/// A clock that stands still until the test moves it, timers included: a wait the bot schedules (such as
/// a retry after Retry-After) can be seen, measured and let go without the test ever sleeping.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock sync = new();
    private readonly List<ManualTimer> armed = [];
    private readonly Channel<TimeSpan> scheduled = Channel.CreateUnbounded<TimeSpan>();
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (sync)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            scheduled.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>The due time of the next timer someone starts on this clock, once they do.</summary>
    public ValueTask<TimeSpan> NextTimerAsync(CancellationToken cancellationToken) => scheduled.Reader.ReadAsync(cancellationToken);

    /// <summary>The due time of the next timer started on this clock that <paramref name="wanted"/> picks; others are passed over.</summary>
    public async ValueTask<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> wanted, CancellationToken cancellationToken)
    {
        while (true)
        {
            var due = await scheduled.Reader.ReadAsync(cancellationToken);
            if (wanted(due))
            {
                return due;
            }
        }
    }

    /// <summary>Moves time on and fires every timer that has come due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (sync)
        {
            now += by;
            due = armed.Where(timer => timer.DueAt <= now).ToList();
            foreach (var timer in due)
            {
                timer.Rearm(now);
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.sync)
            {
                this.period = period;
                clock.armed.Remove(this);
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    DueAt = clock.now + dueTime;
                    clock.armed.Add(this);
                }
            }

            return true;
        }

        /// <summary>After firing: due again one period later, or disarmed. Called under the clock's lock.</summary>
        public void Rearm(DateTimeOffset now)
        {
            if (period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero)
            {
                clock.armed.Remove(this);
            }
            else
            {
                DueAt = now + period;
            }
        }

        public void Fire() => callback(state);

        public void Dispose() => Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
