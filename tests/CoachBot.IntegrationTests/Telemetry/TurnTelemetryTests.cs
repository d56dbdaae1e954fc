using System.Diagnostics;
using CoachBot.Conversations.Telemetry;
using CoachBot.Conversations.Turns;
using CoachBot.IntegrationTests.Fakes;
using CoachBot.IntegrationTests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CoachBot.IntegrationTests.Telemetry;

/// <summary>
/// Through the real host, with no exporter: a person's turns are counted and timed by channel, kind and
/// outcome, each turn is a span under the request that brought it, a crisis hand-off is counted by its
/// level alone, and not one attribute of any of them carries what the person said, their name or an id.
/// </summary>
[Collection(TracingCollection.Name)]
public sealed class TurnTelemetryTests
{
    private const string UserName = "Zelda Quintero";
    private const string Company = "Quokkasoft";
    private const string CrisisMessage = "I have pills saved up in the bread tin and I'm taking them tonight";

    [Fact]
    public async Task Turns_and_a_crisis_hand_off_are_recorded_with_closed_attributes_only()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var server = await CoachBotServer.StartAsync();
        var meters = server.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, CoachBotTelemetry.Name, "coachbot.turns");
        using var durations = new MetricCollector<double>(meters, CoachBotTelemetry.Name, "coachbot.turn.duration");
        using var concerns = new MetricCollector<long>(meters, CoachBotTelemetry.Name, "coachbot.safety.concerns");
        using var spans = new SpanRecorder(CoachBotTelemetry.Name, "Microsoft.AspNetCore");
        var traceId = ActivityTraceId.CreateRandom();
        using var client = TracedClient.Create(server, traceId);
        var person = new ChannelUser(client) { UserName = UserName, DeliveryMode = null, Connector = connector };

        await person.SendAsync(person.Joined());
        await person.SayAsync(Company);
        var handOff = await person.SayAsync(CrisisMessage);

        Assert.Contains(handOff.Texts, text => text?.Contains("988", StringComparison.Ordinal) == true);
        // Three turns: the arrival and two messages, all run to their commit on Teams.
        var counted = turns.GetMeasurementSnapshot();
        Assert.Equal(3, counted.Sum(measurement => measurement.Value));
        Assert.All(counted, measurement => Assert.Equal(("msteams", "Done"), (measurement.Tags["coachbot.channel"], measurement.Tags["coachbot.turn.status"])));
        Assert.Equal(2, counted.Where(measurement => (string?)measurement.Tags["coachbot.turn.kind"] == nameof(TurnKind.Message)).Sum(measurement => measurement.Value));
        Assert.Equal(3, durations.GetMeasurementSnapshot().Count);
        Assert.All(durations.GetMeasurementSnapshot(), measurement => Assert.True(measurement.Value >= 0));
        var crisis = Assert.Single(concerns.GetMeasurementSnapshot());
        Assert.Equal(["level"], crisis.Tags.Keys);
        Assert.Equal("Crisis", crisis.Tags["level"]);

        // Each turn is a span, the child of the HTTP request that brought it, though it ran after the answer.
        var traced = spans.Of(traceId);
        var turnSpans = traced.Where(span => span.Source.Name == CoachBotTelemetry.Name).ToList();
        Assert.Equal(3, turnSpans.Count);
        var requests = traced.Where(span => span.Source.Name == "Microsoft.AspNetCore").Select(span => span.SpanId).ToHashSet();
        Assert.All(turnSpans, span =>
        {
            Assert.Equal("coachbot.turn", span.OperationName);
            Assert.Contains(span.ParentSpanId, requests);
            Assert.Equal(["coachbot.channel", "coachbot.turn.kind", "coachbot.turn.status"], span.TagObjects.Select(tag => tag.Key).Order());
        });

        string[] personal = [UserName, "Zelda", Company, CrisisMessage, "pills", "bread tin", person.UserId, person.UserId[3..], person.ConversationId, person.ConversationId[3..],
            "6f8e3f5e-0000-4000-8000-000000000001"];
        var attributes = turnSpans.SelectMany(span => span.TagObjects.Select(tag => tag.Value?.ToString()).Append(span.DisplayName).Append(span.StatusDescription))
            .Concat(new[] { turns.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values), concerns.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values), durations.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values) }
                .SelectMany(values => values).Select(value => value?.ToString()))
            .OfType<string>().ToList();
        Assert.NotEmpty(attributes);
        Assert.All(attributes, value => Assert.DoesNotContain(personal, secret => value.Contains(secret, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_turn_that_cannot_be_saved_is_counted_as_failed_for_the_storage()
    {
        var storage = new SwitchedStorage();
        await using var server = await CoachBotServer.StartAsync(services: storage.Register);
        using var failed = new MetricCollector<long>(server.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CoachBotTelemetry.Name, "coachbot.turns.failed");
        using var client = server.CreateClient();
        var person = new ChannelUser(client);
        await person.SendAsync(person.Joined());

        storage.Current!.FailWrites = true;
        var turn = await person.SayAsync(Company);

        Assert.Equal([TurnRunner.StorageUnavailableMessage], turn.Texts);
        var measurement = Assert.Single(failed.GetMeasurementSnapshot());
        Assert.Equal(("msteams", "storage"), (measurement.Tags["coachbot.channel"], measurement.Tags["reason"]));
    }

    [Fact]
    public void Queue_depth_shows_the_turns_waiting_and_running()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var admission = new TurnAdmission(maxConcurrentTurns: 1, maxWaitingTurns: 10);
        _ = new CoachBotTelemetry(meters, admission);
        using var depth = new MetricCollector<int>(meters, CoachBotTelemetry.Name, "coachbot.turns.queue_depth");

        Assert.True(admission.TryReserve() && admission.TryReserve() && admission.TryReserve());
        var permit = admission.EnterAsync(CancellationToken.None);
        Assert.True(permit.IsCompletedSuccessfully);
        depth.RecordObservableInstruments();

        var observed = depth.GetMeasurementSnapshot().ToDictionary(measurement => (string)measurement.Tags["state"]!, measurement => measurement.Value);
        Assert.Equal(new Dictionary<string, int> { ["waiting"] = 2, ["running"] = 1 }, observed);
    }

    [Fact]
    public void The_model_breaker_state_is_a_gauge_and_each_change_is_counted_once()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var telemetry = new CoachBotTelemetry(meters);
        using var state = new MetricCollector<int>(meters, CoachBotTelemetry.Name, "coachbot.model.breaker.state");
        using var transitions = new MetricCollector<long>(meters, CoachBotTelemetry.Name, "coachbot.model.breaker.transitions");

        telemetry.ModelBreakerChanged(ModelBreakerState.Open);
        telemetry.ModelBreakerChanged(ModelBreakerState.Open);
        state.RecordObservableInstruments();

        Assert.Equal((int)ModelBreakerState.Open, state.LastMeasurement?.Value);
        Assert.Equal(ModelBreakerState.Open, telemetry.ModelBreaker);
        Assert.Equal("Open", Assert.Single(transitions.GetMeasurementSnapshot()).Tags["state"]);
    }
}
