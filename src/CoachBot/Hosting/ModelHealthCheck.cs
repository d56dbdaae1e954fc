using CoachBot.Conversations.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Hosting;

/// <summary>
/// The model's part of /healthz/ready: Degraded (still 200, the instance still serves) while the model
/// circuit breaker is open and the built-in answers instead of the model; Healthy otherwise, and when no
/// model is configured at all.
/// </summary>
public sealed class ModelHealthCheck(CoachBotTelemetry telemetry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(telemetry.ModelBreaker == ModelBreakerState.Open
            ? HealthCheckResult.Degraded("The model circuit breaker is open: the built-in answers until the model is back.")
            : HealthCheckResult.Healthy());
}
