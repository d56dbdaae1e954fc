using System.Diagnostics;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>
/// A client whose requests all carry one W3C <c>traceparent</c> of the test's own, so the spans of this
/// test's turns can be told from those of tests running beside it; like <see cref="CoachBotServer.CreateClient"/>,
/// each request returns once the bot's background turns are done.
/// </summary>
internal static class TracedClient
{
    public static HttpClient Create(CoachBotServer server, ActivityTraceId traceId) =>
        new(new TraceparentHandler(traceId, server.Services.GetRequiredService<BackgroundTurns>()) { InnerHandler = new HttpClientHandler() })
        {
            BaseAddress = server.BaseAddress,
        };

    private sealed class TraceparentHandler(ActivityTraceId traceId, BackgroundTurns turns) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove("traceparent");
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
            var response = await base.SendAsync(request, cancellationToken);
            await turns.WhenIdleAsync();
            return response;
        }
    }
}

/// <summary>Every span of the given sources that ends in this process while it is open, as the exporters would see it.</summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener listener;
    private readonly List<Activity> ended = [];
    private readonly Lock sync = new();

    public SpanRecorder(params string[] sources)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (sync)
                {
                    ended.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public IReadOnlyList<Activity> Of(ActivityTraceId traceId)
    {
        lock (sync)
        {
            return [.. ended.Where(activity => activity.TraceId == traceId)];
        }
    }

    public void Dispose() => listener.Dispose();
}

/// <summary>
/// The tests that read spans or build an OpenTelemetry pipeline, one at a time: activity sources and the
/// ASP.NET Core diagnostics are process-wide, so one test's pipeline (its instrumentation re-roots requests
/// while the global propagator is being set) would reach into the other's host. Meters are matched by name
/// across the process too, so a pipeline counts the turns of any host running beside it: the collection
/// runs with no other test at the same time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TracingCollection
{
    public const string Name = "Tracing";
}
