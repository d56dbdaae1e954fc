using CoachBot.Conversations.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Hosting;

/// <summary>
/// /healthz as users see it: a probe write through the same writer, space check and timeout as a turn's
/// save, so a full, read-only or stalled disk shows as unhealthy (503) rather than "ok".
/// </summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            await storage.ProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (StorageUnavailableException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
