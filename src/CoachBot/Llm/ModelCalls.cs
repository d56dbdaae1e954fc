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
/// Every model call goes through here: the per-person rate limit, the task's system prompt, the token
/// budget, and the two timeouts (to the first words, and in all), measured on the injected clock. A call
/// that fails in any way comes back as a failure, never an exception, so the caller can fall back; only
/// the turn's own cancellation goes through.
/// </summary>
public sealed class ModelCalls(IChatClient chat, PromptLibrary prompts, PersonRateLimit rateLimit, IOptions<LlmOptions> options, LlmUsage usage, TimeProvider clock)
{
    private readonly LlmOptions settings = options.Value;

    public ModelInput NewInput() => new(settings.MaxInputCharacters);

    /// <summary>A text answer, streamed: <paramref name="show"/> sees each piece as it arrives (when given).</summary>
    public async Task<ModelAnswer<string>> TextAsync(LlmTask task, ModelInput input, Func<string, CancellationToken, Task>? show, CancellationToken cancellationToken)
    {
        if (!rateLimit.TryTake())
        {
            return Failed<string>(task, FallbackReason.RateLimited);
        }

        using var total = new CancellationTokenSource(settings.TotalTimeout, clock);
        using var firstWords = new CancellationTokenSource(settings.FirstTokenTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token, firstWords.Token);
        var answer = new StringBuilder();
        try
        {
            await foreach (var update in chat.GetStreamingResponseAsync(Messages(task, input), Options(), linked.Token))
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
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed<string>(task, firstWords.IsCancellationRequested ? FallbackReason.FirstTokenTimeout
                : total.IsCancellationRequested ? FallbackReason.TotalTimeout
                : FallbackReason.ServiceError);
        }

        return new ModelAnswer<string>(answer.ToString(), null);
    }

    /// <summary>A structured answer in the JSON schema of <typeparamref name="T"/>.</summary>
    public async Task<ModelAnswer<T>> JsonAsync<T>(LlmTask task, ModelInput input, CancellationToken cancellationToken) where T : class
    {
        if (!rateLimit.TryTake())
        {
            return Failed<T>(task, FallbackReason.RateLimited);
        }

        using var total = new CancellationTokenSource(settings.TotalTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token);
        ChatResponse<T> response;
        try
        {
            response = await chat.GetResponseAsync<T>(Messages(task, input), LlmJson.Options, Options(), useJsonSchemaResponseFormat: true, linked.Token);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed<T>(task, total.IsCancellationRequested ? FallbackReason.TotalTimeout : FallbackReason.ServiceError);
        }

        try
        {
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
