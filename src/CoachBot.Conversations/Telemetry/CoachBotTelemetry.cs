using System.Diagnostics;
using System.Diagnostics.Metrics;
using CoachBot.Conversations.Turns;

namespace CoachBot.Conversations.Telemetry;

/// <summary>The model circuit breaker's state, as the breaker reports it (<see cref="CoachBotTelemetry.ModelBreakerChanged"/>).</summary>
public enum ModelBreakerState
{
    /// <summary>Model calls go through.</summary>
    Closed = 0,

    /// <summary>One trial call goes through to see whether the model is back.</summary>
    HalfOpen = 1,

    /// <summary>Model calls are not made: the built-in answers until the breaker closes again.</summary>
    Open = 2,
}

/// <summary>
/// CoachBot's own traces and metrics, defined in this one place: the <see cref="Source"/> of its spans and
/// the meter <see cref="Name"/> with every instrument, each recorded through a method named for what
/// happened. Attributes are closed sets only (a channel id, a turn kind, an outcome, a level): never what
/// anyone said, a name, a company, an e-mail address, or a conversation or user id. Exporting them is the
/// host's choice (src/CoachBot/Telemetry); with no exporter configured nothing leaves the process.
/// </summary>
public sealed class CoachBotTelemetry
{
    /// <summary>The name of both the meter and the activity source.</summary>
    public const string Name = "CoachBot";

    /// <summary>Spans of turns. One static source, as .NET intends: listeners choose whether any span is made at all.</summary>
    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> turnsTurnedAway;
    private readonly Counter<long> turnsFailed;
    private readonly Counter<long> safetyConcerns;
    private readonly Counter<long> nudgesDue;
    private readonly Counter<long> nudgesSent;
    private readonly Counter<long> nudgesFailed;
    private readonly Counter<long> modelBreakerTransitions;
    private int modelBreaker;

    /// <param name="meters">The host's meter factory, so each host (and each test's host) has its own instruments.</param>
    /// <param name="admission">The host's admission, whose queue depth is observed when a listener asks.</param>
    public CoachBotTelemetry(IMeterFactory meters, TurnAdmission? admission = null)
    {
        var meter = meters.Create(Name);
        turns = meter.CreateCounter<long>("coachbot.turns", "{turn}", "Turns run to the end, by channel, kind and outcome.");
        turnDuration = meter.CreateHistogram<double>("coachbot.turn.duration", "s",
            "From a turn's admission to its commit: its wait in line and for a permit, the bot's work and the save.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        turnsTurnedAway = meter.CreateCounter<long>("coachbot.turns.turned_away", "{turn}", "Turns not taken in (503): too many waiting, or the channel's delivery budget spent.");
        turnsFailed = meter.CreateCounter<long>("coachbot.turns.failed", "{turn}", "Turns that ended in the apology, by reason (storage, error).");
        safetyConcerns = meter.CreateCounter<long>("coachbot.safety.concerns", "{concern}", "Crisis hand-offs (level Crisis) and gentle checks (level Check), by level only.");
        nudgesDue = meter.CreateCounter<long>("coachbot.nudges.due", "{nudge}", "Nudges found due and leased to this instance.");
        nudgesSent = meter.CreateCounter<long>("coachbot.nudges.sent", "{nudge}", "Nudges delivered.");
        nudgesFailed = meter.CreateCounter<long>("coachbot.nudges.failed", "{nudge}", "Nudges not delivered, by reason.");
        // Model calls themselves are counted by LlmUsage (coachbot.llm.*); only the breaker is recorded here.
        modelBreakerTransitions = meter.CreateCounter<long>("coachbot.model.breaker.transitions", "{transition}", "Times the model circuit breaker changed state, by the state it entered.");
        meter.CreateObservableGauge("coachbot.model.breaker.state", () => Volatile.Read(ref modelBreaker), "{state}",
            "The model circuit breaker: 0 closed, 1 half-open, 2 open (the built-in answers).");
        if (admission is not null)
        {
            meter.CreateObservableGauge("coachbot.turns.queue_depth", () => new[]
            {
                new Measurement<int>(admission.Waiting, new KeyValuePair<string, object?>("state", "waiting")),
                new Measurement<int>(admission.Running, new KeyValuePair<string, object?>("state", "running")),
            }, "{turn}", "Turns in the house: waiting for their conversation's line or a permit, and running the bot.");
        }
    }

    /// <summary>The breaker's state as last reported.</summary>
    public ModelBreakerState ModelBreaker => (ModelBreakerState)Volatile.Read(ref modelBreaker);

    /// <summary>A span for one turn, when anyone listens; its tags are the same closed sets as the metrics'.</summary>
    public static Activity? StartTurn(string channelId, TurnKind kind)
    {
        var activity = Source.StartActivity("coachbot.turn", ActivityKind.Internal);
        activity?.SetTag("coachbot.channel", channelId);
        activity?.SetTag("coachbot.turn.kind", kind.ToString());
        return activity;
    }

    /// <summary>A turn ran to its commit (or was refused, or was a retry) after <paramref name="took"/> since its admission.</summary>
    public void TurnEnded(string channelId, TurnKind kind, TurnStatus status, TimeSpan took)
    {
        var tags = new TagList { { "coachbot.channel", channelId }, { "coachbot.turn.kind", kind.ToString() }, { "coachbot.turn.status", status.ToString() } };
        turns.Add(1, tags);
        turnDuration.Record(took.TotalSeconds, tags);
        Activity.Current?.SetTag("coachbot.turn.status", status.ToString());
    }

    /// <summary>A turn was not taken in: the house or its channel's delivery budget is full.</summary>
    public void TurnTurnedAway(string channelId) => turnsTurnedAway.Add(1, new KeyValuePair<string, object?>("coachbot.channel", channelId));

    /// <summary>A turn ended in the apology: the storage could not save it, or anything else failed.</summary>
    public void TurnFailed(string channelId, bool storage)
    {
        var reason = storage ? "storage" : "error";
        turnsFailed.Add(1, new KeyValuePair<string, object?>("coachbot.channel", channelId), new KeyValuePair<string, object?>("reason", reason));
        Activity.Current?.SetStatus(ActivityStatusCode.Error);
        Activity.Current?.SetTag("error.type", reason);
    }

    /// <summary>The safety guard handed off (level <c>Crisis</c>) or checked gently (<c>Check</c>). The level only: never the kind, the text or the person.</summary>
    public void SafetyConcern(string level) => safetyConcerns.Add(1, new KeyValuePair<string, object?>("level", level));

    /// <summary>The nudge dispatcher leased <paramref name="count"/> due nudges to this instance.</summary>
    public void NudgesDue(int count)
    {
        if (count > 0)
        {
            nudgesDue.Add(count);
        }
    }

    /// <summary>A nudge was delivered.</summary>
    public void NudgeSent() => nudgesSent.Add(1);

    /// <summary>A nudge was not delivered; <paramref name="reason"/> is a fixed word (e.g. <c>unreachable</c>, <c>busy</c>, <c>error</c>).</summary>
    public void NudgeFailed(string reason) => nudgesFailed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>The model circuit breaker entered <paramref name="state"/>.</summary>
    public void ModelBreakerChanged(ModelBreakerState state)
    {
        if (Interlocked.Exchange(ref modelBreaker, (int)state) != (int)state)
        {
            modelBreakerTransitions.Add(1, new KeyValuePair<string, object?>("state", state.ToString()));
        }
    }
}
