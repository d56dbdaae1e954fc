using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace CoachBot.Llm;

/// <summary>Why a model's answer was not used, and the built-in one was.</summary>
public enum FallbackReason
{
    RateLimited,
    FirstTokenTimeout,
    TotalTimeout,
    ServiceError,
    Malformed,
    FailedCheck,
    /// <summary>The model failed often enough lately that no call was made (<see cref="ModelCircuit"/>).</summary>
    CircuitOpen,
}

/// <summary>
/// The model's usage, as numbers only: tokens, latency and fallbacks, logged and as metrics
/// (meter <see cref="MeterName"/>). Never a prompt, an answer, or who asked.
/// </summary>
public sealed partial class LlmUsage
{
    public const string MeterName = "CoachBot.Llm";

    private readonly ILogger<LlmUsage> logger;
    private readonly Counter<long> tokens;
    private readonly Histogram<double> duration;
    private readonly Histogram<double> firstToken;
    private readonly Counter<long> fallbacks;

    public LlmUsage(IMeterFactory meters, ILogger<LlmUsage> logger)
    {
        this.logger = logger;
        var meter = meters.Create(MeterName);
        tokens = meter.CreateCounter<long>("coachbot.llm.tokens", "{token}", "Tokens used, by direction (input, output).");
        duration = meter.CreateHistogram<double>("coachbot.llm.duration", "ms", "How long a model call took, to its last token.");
        firstToken = meter.CreateHistogram<double>("coachbot.llm.first_token", "ms", "How long a streamed model call took to its first words.");
        fallbacks = meter.CreateCounter<long>("coachbot.llm.fallbacks", "{fallback}", "Answers the built-in gave instead of the model, by task and reason.");
    }

    public void Called(long? inputTokens, long? outputTokens, TimeSpan took, bool streamed)
    {
        if (inputTokens is { } input)
        {
            tokens.Add(input, new KeyValuePair<string, object?>("direction", "input"));
        }

        if (outputTokens is { } output)
        {
            tokens.Add(output, new KeyValuePair<string, object?>("direction", "output"));
        }

        duration.Record(took.TotalMilliseconds, new KeyValuePair<string, object?>("streamed", streamed));
        LogCalled(inputTokens ?? -1, outputTokens ?? -1, (long)took.TotalMilliseconds, streamed);
    }

    public void FirstWords(TimeSpan after) => firstToken.Record(after.TotalMilliseconds);

    public void FellBack(LlmTask task, FallbackReason reason)
    {
        fallbacks.Add(1, new KeyValuePair<string, object?>("task", task.ToString()), new KeyValuePair<string, object?>("reason", reason.ToString()));
        if (reason == FallbackReason.CircuitOpen)
        {
            // Every call while the breaker is open: the breaker logs its opening once, as a warning.
            LogSkipped(task);
        }
        else
        {
            LogFellBack(task, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model call: {InputTokens} input tokens, {OutputTokens} output tokens, {DurationMs} ms, streamed {Streamed}")]
    private partial void LogCalled(long inputTokens, long outputTokens, long durationMs, bool streamed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model answer not used for {Task}: {Reason}; the built-in answered")]
    private partial void LogFellBack(LlmTask task, FallbackReason reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Model not asked for {Task}: the breaker is open; the built-in answered")]
    private partial void LogSkipped(LlmTask task);
}
