using CoachBot.Conversations.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Privacy;

/// <summary>
/// Enforces retention: every <see cref="RetentionOptions.SweepInterval"/> it deletes the documents whose
/// time is up (each was given its expiry when saved) and purges them from the storage's files. Reads
/// already treat an expired document as gone; the sweep makes it gone from disk too.
/// </summary>
public sealed partial class RetentionSweeper(IStorage storage, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SweepInterval <= TimeSpan.Zero)
        {
            // Off: another instance, or a job of the operator's, sweeps the same storage.
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        try
        {
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <returns>How many documents were deleted.</returns>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        try
        {
            var deleted = await storage.DeleteExpiredAsync(clock.GetUtcNow(), ct);
            if (deleted > 0)
            {
                await storage.PurgeAsync(ct);
                LogSwept(deleted);
            }

            return deleted;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next sweep tries again; until then expired documents still read as gone.
            LogSweepFailed(exception.GetType().Name);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} expired documents deleted")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed ({ExceptionType}); retrying at the next interval")]
    private partial void LogSweepFailed(string exceptionType);
}
