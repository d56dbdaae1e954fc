using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>A model's answer, or why there is none (the caller's built-in answers then).</summary>
public readonly record struct ModelAnswer<T>(T? Value, FallbackReason? Failure)
{
    public static ModelAnswer<T> Failed(FallbackReason reason) => new(default, reason);
}

/// <summary>
/// Every model call goes through here: the per-person rate limit, the circuit breaker shared by all
/// conversations (<see cref="ModelCircuit"/>), the task's system prompt, the token budget, and the two
/// timeouts (to the first words, and in all), measured on the injected clock. Every call streams, so the
/// first-words limit holds for structured answers too: <see cref="LlmOptions.FirstTokenTimeout"/> for a
/// draft, which the person watches arrive, <see cref="LlmOptions.FirstAnswerTimeout"/> for the rest. The
/// limits cover the SDK's own retries, so those cannot add to the wait. A call that fails in any way comes
/// back as a failure, never an exception, so the caller can fall back; only the turn's own cancellation goes through.
/// </summary>
public sealed class ModelCalls(IChatClient chat, PromptLibrary prompts, PersonRateLimit rateLimit, ModelCircuit circuit, IOptions<LlmOptions> options, LlmUsage usage, TimeProvider clock)
{
    private readonly LlmOptions settings = options.Value;

    public ModelInput NewInput() => new(settings.MaxInputCharacters);

    /// <summary>A text answer, streamed: <paramref name="show"/> sees each piece as it arrives (when given).</summary>
    public async Task<ModelAnswer<string>> TextAsync(LlmTask task, ModelInput input, Func<string, CancellationToken, Task>? show, CancellationToken cancellationToken)
    {
        var (text, failure) = await StreamAsync(task, input, Options(), show, cancellationToken);
        return failure is { } reason ? Failed<string>(task, reason) : new ModelAnswer<string>(text, null);
    }

    /// <summary>A structured answer in the JSON schema of <typeparamref name="T"/>.</summary>
    public async Task<ModelAnswer<T>> JsonAsync<T>(LlmTask task, ModelInput input, CancellationToken cancellationToken) where T : class
    {
        var chatOptions = Options();
        chatOptions.ResponseFormat = ChatResponseFormat.ForJsonSchema<T>(LlmJson.Options);
        var (text, failure) = await StreamAsync(task, input, chatOptions, show: null, cancellationToken);
        if (failure is { } reason)
        {
            return Failed<T>(task, reason);
        }

        try
        {
            var response = new ChatResponse<T>(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)), LlmJson.Options);
            return response.TryGetResult(out var result) && result is not null
                ? new ModelAnswer<T>(result, null)
                : Failed<T>(task, FallbackReason.Malformed);
        }
        catch (JsonException)
        {
            return Failed<T>(task, FallbackReason.Malformed);
        }
    }

    /// <summary>Records that the caller did not use an answer (it failed the checks, say).</summary>
    public void Rejected(LlmTask task, FallbackReason reason) => usage.FellBack(task, reason);

    private async Task<(string Text, FallbackReason? Failure)> StreamAsync(LlmTask task, ModelInput input, ChatOptions chatOptions, Func<string, CancellationToken, Task>? show, CancellationToken cancellationToken)
    {
        if (!rateLimit.TryTake())
        {
            return (string.Empty, FallbackReason.RateLimited);
        }

        var firstWordsLimit = task is LlmTask.Draft or LlmTask.Revise ? settings.FirstTokenTimeout : settings.FirstAnswerTimeout;
        var answer = new StringBuilder();
        var failure = await circuit.RunAsync(async breakerToken =>
        {
            using var total = new CancellationTokenSource(settings.TotalTimeout, clock);
            using var firstWords = new CancellationTokenSource(firstWordsLimit, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(breakerToken, total.Token, firstWords.Token);
            try
            {
                await foreach (var update in chat.GetStreamingResponseAsync(Messages(task, input), chatOptions, linked.Token))
                {
                    var piece = update.Text;
                    if (string.IsNullOrEmpty(piece))
                    {
                        continue;
                    }

                    if (answer.Length == 0)
                    {
                        firstWords.CancelAfter(Timeout.InfiniteTimeSpan);
                    }

                    answer.Append(piece);
                    if (show is not null)
                    {
                        await show(piece, linked.Token);
                    }
                }
            }
            catch (Exception) when (!breakerToken.IsCancellationRequested)
            {
                return firstWords.IsCancellationRequested ? FallbackReason.FirstTokenTimeout
                    : total.IsCancellationRequested ? FallbackReason.TotalTimeout
                    : FallbackReason.ServiceError;
            }

            return (FallbackReason?)null;
        }, cancellationToken);
        return (answer.ToString(), failure);
    }

    private ModelAnswer<T> Failed<T>(LlmTask task, FallbackReason reason)
    {
        usage.FellBack(task, reason);
        return ModelAnswer<T>.Failed(reason);
    }

    private List<ChatMessage> Messages(LlmTask task, ModelInput input) =>
    [
        new(ChatRole.System, prompts.For(task)),
        new(ChatRole.User, input.ToString()),
    ];

    private ChatOptions Options() => new()
    {
        MaxOutputTokens = settings.MaxOutputTokens,
        Temperature = 0.4f,
    };
}

/// <summary>How structured answers are read: enums as names, any case.</summary>
public static class LlmJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
