using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>
/// The model as a health check (tagged <see cref="ReadyTag"/>): Degraded while <see cref="ModelCircuit"/>
/// is open, since CoachBot still answers every turn, with its built-in reader and drafter; Healthy
/// otherwise, and when no model is configured. It sends nothing to the model itself.
/// </summary>
public sealed class ModelHealthCheck(ModelCircuit circuit, IOptions<LlmOptions> options) : IHealthCheck
{
    public const string Name = "model";

    /// <summary>The tag of checks a readiness endpoint includes.</summary>
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(!options.Value.Enabled ? HealthCheckResult.Healthy("No model configured: the built-in reader and drafter answer.")
            : circuit.IsOpen ? HealthCheckResult.Degraded("The model is failing: the built-in reader and drafter answer until it is tried again.")
            : HealthCheckResult.Healthy());
}
