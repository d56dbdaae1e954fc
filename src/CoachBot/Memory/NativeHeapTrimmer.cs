using CoachBot.Safety.Semantic;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Memory;

/// <summary>
/// Hands the C heap's freed pages back to the system every <see cref="MemoryOptions.NativeHeapTrimInterval"/>.
/// ONNX Runtime's buffers for each sentence, SQLite's caches and statements and the JIT's working memory are
/// allocated and freed by whichever thread runs a turn, spread over glibc's arenas; glibc keeps what a thread
/// freed resident for its next allocation, and under the bench's load that was 40–50 MiB of the process's
/// memory that nothing was using (bench/README.md, "Memory"). <c>malloc_trim</c> walks every arena's free
/// chunks and returns their whole pages; what is still in use is not touched.
/// </summary>
public sealed class NativeHeapTrimmer : BackgroundService
{
    private readonly TimeProvider clock;
    private readonly TimeSpan interval;
    private readonly Action trim;
    private PeriodicTimer? timer;

    /// <summary>
    /// On the system's clock, not the app's <see cref="TimeProvider"/>: the trim is the process's housekeeping in
    /// real time, and a test's fake clock drives only the bot's own schedules (a timer on it would show up among them).
    /// </summary>
    public NativeHeapTrimmer(IOptions<MemoryOptions> options)
        : this(TimeProvider.System, options, NativeHeap.ReturnFreedMemory)
    {
    }

    /// <param name="trim">What a tick does: <see cref="NativeHeap.ReturnFreedMemory"/>, or a test's counter.</param>
    internal NativeHeapTrimmer(TimeProvider clock, IOptions<MemoryOptions> options, Action trim)
    {
        this.clock = clock;
        interval = options.Value.NativeHeapTrimInterval;
        this.trim = trim;
    }

    /// <summary>How often it trims; zero or less: never.</summary>
    public TimeSpan Interval => interval;

    /// <summary>Sets the timer going before the host carries on, so the first trim is one interval after start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interval > TimeSpan.Zero)
        {
            timer = new PeriodicTimer(Interval, clock);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (timer is null)
        {
            return;
        }

        using (timer)
        {
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    trim();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
        }
    }
}
