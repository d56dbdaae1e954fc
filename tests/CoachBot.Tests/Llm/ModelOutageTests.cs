using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Llm;
using CoachBot.Safety;
using CoachBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Tests.Llm;

/// <summary>
/// A model that stalls or fails costs a person a few seconds once, not every turn: each model call gives up
/// at the first-answer limit, and the breaker all conversations share then lets the built-in answer at once
/// until it is time to try the model again. Time is a fake clock, moved on only by the model's stalls.
/// </summary>
public sealed class ModelOutageTests
{
    private const string Story = "Contoso turned me down after the final round for the data analyst role";

    /// <summary>Waits on a turn that should finish once the fake clock has passed the model's limits; a hang fails instead.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_a_stalled_model_the_first_message_waits_only_the_first_answer_limit()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = FakeOpenAiServer.Stalling;
        var clock = new FakeTimeProvider(FakeClock.DefaultStart);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder => ModelClock.Use(builder, clock)));
        await using var pump = ModelClock.Pump(fake, clock);

        (await chat.Say(Story).WaitAsync(HangGuard)).Says("I'm CoachBot");

        Assert.True(pump.Waited <= TimeSpan.FromSeconds(5), $"The first message waited {pump.Waited} on the model.");
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task With_a_stalled_model_a_whole_conversation_reaches_the_built_in_draft_and_the_breaker_stops_the_waiting()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = FakeOpenAiServer.Stalling;
        var clock = new FakeTimeProvider(FakeClock.DefaultStart);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder => ModelClock.Use(builder, clock)));
        await using var pump = ModelClock.Pump(fake, clock);

        var draft = (await chat.ReachFirstDraft().WaitAsync(HangGuard)).Draft;

        Assert.True(pump.Waited <= TimeSpan.FromSeconds(60), $"The conversation waited {pump.Waited} on the model.");
        // Two stalls open the breaker (BreakMinimumCalls); after them nothing reaches the model.
        Assert.Equal(2, fake.Requests.Count);
        Assert.True(chat.Services.GetRequiredService<ModelCircuit>().IsOpen);
        Assert.Contains("Contoso", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_model_opens_the_breaker_for_every_conversation_and_is_tried_again_after_the_break()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = FakeOpenAiServer.Failing;
        var clock = new FakeTimeProvider(FakeClock.DefaultStart);
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake, then: builder => ModelClock.Use(builder, clock)));
        var circuit = chat.Services.GetRequiredService<ModelCircuit>();
        var changes = new List<bool>();
        circuit.Changed += changes.Add;

        // The breaker opens during the intake, after two failed calls (each tried twice: the SDK's one retry).
        var draft = (await chat.ReachFirstDraft()).Draft;
        Assert.True(circuit.IsOpen);
        Assert.Equal([true], changes);
        Assert.Equal(HealthStatus.Degraded, (await Health(chat)).Status);
        Assert.Equal(4, fake.Requests.Count);
        Assert.Contains("Contoso", draft, StringComparison.Ordinal);

        // Another conversation goes all the way to its draft without a single request to the model.
        chat.ConversationId = $"conversation-{Guid.NewGuid():N}";
        await chat.ReachFirstDraft();
        Assert.Equal(4, fake.Requests.Count);

        // After the break, one call tries the model again; it answers, and the model is used again.
        fake.Default = request => request.ResponseFormat == "json_schema"
            ? new FakeAnswer.Json(new ModelMessageReading.Answer(ConcernLevel.None, ConcernKind.None, null, null, null, null, null, null, null, null))
            : new FakeAnswer.Text("Thank you.");
        clock.Advance(chat.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LlmOptions>>().Value.BreakDuration);
        await chat.Say("please make it a little warmer and mention that I enjoyed meeting the team");
        Assert.True(fake.Requests.Count > 4);
        Assert.False(circuit.IsOpen);
        Assert.Equal([true, false], changes);
        Assert.Equal(HealthStatus.Healthy, (await Health(chat)).Status);
    }

    [Fact]
    public async Task An_answer_that_fails_the_checks_is_no_outage()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = _ => new FakeAnswer.Text("Dear [Hiring Manager],\n\nThank you.\n\nBest regards,\n[Your Name]");
        await using var chat = TestConversation.Start(configure: ModelSetup.Using(fake));
        var drafter = chat.Services.GetRequiredService<IReplyDrafter>();
        var request = new DraftRequest(new RejectionCase { Company = "Fabrikam", Role = "UX Designer", Stage = RejectionStage.FinalRound }, ReplyGoal.ThankAndStayConnected, new DraftStyle(), "Sam Ortiz");

        for (var i = 0; i < 3; i++)
        {
            await drafter.DraftAsync(request, CancellationToken.None);
        }

        // Each draft asked twice (a failed check is retried once), and the breaker stayed closed.
        Assert.Equal(6, fake.Requests.Count);
        Assert.False(chat.Services.GetRequiredService<ModelCircuit>().IsOpen);
    }

    [Fact]
    public async Task Without_a_model_the_model_health_check_is_healthy_and_tagged_for_readiness()
    {
        await using var chat = TestConversation.Start();

        var report = await Health(chat);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains(ModelHealthCheck.ReadyTag, report.Tags);
    }

    private static async Task<HealthReportEntry> Health(TestConversation chat)
    {
        var report = await chat.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Name == ModelHealthCheck.Name);
        return report.Entries[ModelHealthCheck.Name];
    }
}

/// <summary>
/// Moves a fake clock past each stalled model call's limit as the call starts, as wall time would: the
/// first-words limit for a draft, the first-answer limit for the rest. <see cref="Waited"/> adds them up.
/// </summary>
internal sealed class ModelClock : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task running = Task.CompletedTask;

    public TimeSpan Waited { get; private set; }

    /// <summary>
    /// The model's timeouts and its breaker on <paramref name="clock"/>; the rest of the app keeps the
    /// conversation's own clock, which moves only when a test says so.
    /// </summary>
    public static void Use(WebApplicationBuilder builder, FakeTimeProvider clock)
    {
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ModelCircuit>(services, clock));
        builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<ModelCalls>(services, clock));
    }

    public static ModelClock Pump(FakeOpenAiServer fake, FakeTimeProvider clock, LlmOptions? options = null)
    {
        var settings = options ?? new LlmOptions();
        var pump = new ModelClock();
        pump.running = pump.RunAsync(fake, clock, settings);
        return pump;
    }

    private async Task RunAsync(FakeOpenAiServer fake, FakeTimeProvider clock, LlmOptions settings)
    {
        try
        {
            await foreach (var request in fake.Stalls.ReadAllAsync(stop.Token))
            {
                var drafting = request.ResponseFormat is null && request.SystemPrompt is { } prompt
                    && (prompt.Contains("Task: write the person's reply", StringComparison.Ordinal) || prompt.Contains("Task: revise the draft", StringComparison.Ordinal));
                var limit = drafting ? settings.FirstTokenTimeout : settings.FirstAnswerTimeout;
                Waited += limit;
                clock.Advance(limit);
            }
        }
        catch (OperationCanceledException)
        {
            // The test is over.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await running;
        stop.Dispose();
    }
}
