using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace CoachBot.Llm;

/// <summary>
/// Remembers that the model is down, for every conversation at once: a Polly circuit breaker around each
/// model call. When enough calls time out or fail (<see cref="LlmOptions.BreakFailureRatio"/> of at least
/// <see cref="LlmOptions.BreakMinimumCalls"/> within <see cref="LlmOptions.BreakSamplingDuration"/>), it opens
/// and every call falls back to the built-in at once, with no request, for <see cref="LlmOptions.BreakDuration"/>;
/// then one call tries the model again (half-open), and its outcome closes or reopens the breaker. Only
/// outages count: a rate limit of our own, an answer that fails the checks or a turn the person ended do not.
/// Times come from the injected clock. Logs and <see cref="Changed"/> carry the state alone, never a person.
/// </summary>
public sealed partial class ModelCircuit
{
    private readonly ResiliencePipeline pipeline;
    private readonly CircuitBreakerStateProvider state = new();
    private readonly ILogger<ModelCircuit> logger;

    public ModelCircuit(IOptions<LlmOptions> options, TimeProvider clock, ILogger<ModelCircuit> logger)
    {
        this.logger = logger;
        var settings = options.Value;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.BreakFailureRatio,
                MinimumThroughput = settings.BreakMinimumCalls,
                SamplingDuration = settings.BreakSamplingDuration,
                BreakDuration = settings.BreakDuration,
                StateProvider = state,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome switch
                {
                    { Result: FallbackReason reason } => IsOutage(reason),
                    { Exception: OperationCanceledException } => false,
                    { Exception: not null } => true,
                    _ => false,
                }),
                OnOpened = args => Report(open: true, args.BreakDuration),
                OnHalfOpened = _ => Report(open: true, TimeSpan.Zero, halfOpen: true),
                OnClosed = _ => Report(open: false, TimeSpan.Zero),
            })
            .Build();
    }

    /// <summary>
    /// Raised when the breaker opens (true) or closes again (false); for telemetry. Raised on the thread of
    /// the call that changed it: a handler must be quick and must not throw.
    /// </summary>
    public event Action<bool>? Changed;

    /// <summary>Whether model calls are being answered by the built-in instead (open, or half-open: one call is trying the model again).</summary>
    public bool IsOpen => State != CircuitState.Closed;

    public CircuitState State => state.CircuitState;

    /// <summary>
    /// Runs one model call, which returns why it failed (null: it answered); <see cref="FallbackReason.CircuitOpen"/>
    /// at once, without calling, while the breaker is open. The caller's own cancellation goes through.
    /// </summary>
    public async Task<FallbackReason?> RunAsync(Func<CancellationToken, ValueTask<FallbackReason?>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(call, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return FallbackReason.CircuitOpen;
        }
    }

    /// <summary>What says the model is down, rather than that one answer was unusable.</summary>
    private static bool IsOutage(FallbackReason reason) =>
        reason is FallbackReason.FirstTokenTimeout or FallbackReason.TotalTimeout or FallbackReason.ServiceError;

    private ValueTask Report(bool open, TimeSpan breakFor, bool halfOpen = false)
    {
        if (halfOpen)
        {
            LogTrying();
            return ValueTask.CompletedTask;
        }

        if (open)
        {
            LogOpened((long)breakFor.TotalSeconds);
        }
        else
        {
            LogClosed();
        }

        Changed?.Invoke(open);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model is failing: the built-in answers for the next {Seconds} s, then one call tries the model again")]
    private partial void LogOpened(long seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trying the model again")]
    private partial void LogTrying();

    [LoggerMessage(Level = LogLevel.Information, Message = "The model answers again: model calls resume")]
    private partial void LogClosed();
}
