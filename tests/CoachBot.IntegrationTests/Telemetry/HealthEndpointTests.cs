using System.Net;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>
/// Liveness says the process answers, whatever its storage does; readiness says whether it can serve:
/// 503 when the storage cannot write, Degraded (still 200) when a check such as the model breaker's is;
/// /healthz stays what it was.
/// </summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_stays_up_while_readiness_and_healthz_report_a_storage_that_cannot_write()
    {
        var storage = new SwitchedStorage();
        await using var server = await CoachBotServer.StartAsync(services: storage.Register);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);

        storage.Current!.FailWrites = true;
        using var live = await client.GetAsync("/healthz/live");
        using var ready = await client.GetAsync("/healthz/ready");
        using var healthz = await client.GetAsync("/healthz");
        storage.Current.FailWrites = false;
        using var recovered = await client.GetAsync("/healthz/ready");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.True(live.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Readiness_runs_every_check_and_a_degraded_one_still_serves_while_liveness_runs_none()
    {
        // As the model's check is while its breaker is open: Degraded, the built-in answers.
        var degraded = new FixedCheck(HealthCheckResult.Degraded("The model circuit breaker is open."));
        await using var server = await CoachBotServer.StartAsync(services: services => services.AddHealthChecks().AddCheck("model-like", degraded));
        using var client = server.CreateClient();

        using var ready = await client.GetAsync("/healthz/ready");
        using var live = await client.GetAsync("/healthz/live");

        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal(1, degraded.Calls);
    }

    private sealed class FixedCheck(HealthCheckResult result) : IHealthCheck
    {
        public int Calls;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(result);
        }
    }
}
