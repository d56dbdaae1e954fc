using System.Net;
using CoachBot.Conversations.Telemetry;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>
/// Liveness says the process answers, whatever its storage does; readiness says whether it can serve:
/// 503 when the storage cannot write, Degraded (still 200) while the model's breaker is open and the
/// built-in answers; /healthz stays what it was.
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
    public async Task Readiness_is_degraded_but_serving_while_the_model_breaker_is_open()
    {
        await using var server = await CoachBotServer.StartAsync();
        using var client = server.CreateClient();
        var telemetry = server.Services.GetRequiredService<CoachBotTelemetry>();

        telemetry.ModelBreakerChanged(ModelBreakerState.Open);
        using var open = await client.GetAsync("/healthz/ready");
        using var live = await client.GetAsync("/healthz/live");
        telemetry.ModelBreakerChanged(ModelBreakerState.Closed);
        using var closed = await client.GetAsync("/healthz/ready");

        Assert.Equal((HttpStatusCode.OK, "Degraded"), (open.StatusCode, await open.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (closed.StatusCode, await closed.Content.ReadAsStringAsync()));
    }
}
