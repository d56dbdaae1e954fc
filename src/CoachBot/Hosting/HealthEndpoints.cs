using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoachBot.Hosting;

/// <summary>
/// The health endpoints, for people and for platforms: <c>/healthz/live</c> runs no check (the process
/// answers: a platform restarts it when it does not); <c>/healthz/ready</c>, like <c>/healthz</c> as it always
/// was, runs every check: the storage's probe write (503 when it cannot write, so no one is sent here) and
/// the model's (Degraded, still 200, while its breaker is open and the built-in answers).
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready");
        return app;
    }
}
