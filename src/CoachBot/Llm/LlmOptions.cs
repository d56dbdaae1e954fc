using System.ComponentModel.DataAnnotations;

namespace CoachBot.Llm;

/// <summary>Which model service CoachBot writes with; <see cref="None"/> keeps the built-in drafter alone.</summary>
public enum LlmProvider
{
    None,
    AzureOpenAI,
    OpenAI,
    /// <summary>Any server that speaks OpenAI's Chat Completions API: Ollama, vLLM, LM Studio.</summary>
    OpenAICompatible,
}

/// <summary>The <c>CoachBot:Llm</c> configuration section. Every key is documented in the README.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "CoachBot:Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Azure: <c>https://{resource}.openai.azure.com/</c>; OpenAI-compatible: the base URL ending in <c>/v1</c>; OpenAI: optional.</summary>
    public Uri? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The model name; for Azure OpenAI, the deployment name.</summary>
    public string? Model { get; set; }

    /// <summary>Azure OpenAI with an Entra ID token (managed identity in Azure, the developer's sign-in locally) instead of a key.</summary>
    public bool UseEntraId { get; set; }

    /// <summary>A model that has sent nothing by then is given up on, and the built-in drafter answers.</summary>
    public TimeSpan FirstTokenTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Reading a message, reviewing the person's reply and the reflection: a model that has sent nothing by
    /// then (the SDK's retries included) is given up on, and the built-in answers. Short, since the person waits on it.
    /// </summary>
    public TimeSpan FirstAnswerTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest one model call may take, the SDK's own retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of model calls, timed out or failed, that opens the circuit breaker (<see cref="ModelCircuit"/>).</summary>
    [Range(0.01, 1.0)]
    public double BreakFailureRatio { get; set; } = 0.5;

    /// <summary>Calls within <see cref="BreakSamplingDuration"/> before the share counts (two at the least).</summary>
    [Range(2, 1_000)]
    public int BreakMinimumCalls { get; set; } = 2;

    /// <summary>The window the failure share is measured over.</summary>
    public TimeSpan BreakSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the built-in answers alone once the breaker opens, before one call tries the model again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The token budget of one answer (<c>max_tokens</c>).</summary>
    [Range(16, 16_000)]
    public int MaxOutputTokens { get; set; } = 600;

    /// <summary>The person's own text in one request is cut to this many characters (a pasted e-mail, a reply to check).</summary>
    [Range(200, 100_000)]
    public int MaxInputCharacters { get; set; } = 6_000;

    /// <summary>Model calls one person may start per minute; past it, the built-in answers until the minute is over.</summary>
    [Range(1, 10_000)]
    public int RequestsPerMinutePerPerson { get; set; } = 20;

    /// <summary>Retries of 429 and 5xx answers, done by the SDK itself (honouring <c>Retry-After</c>); CoachBot adds none.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The folder of the system prompts; unset, the copies shipped beside the application.</summary>
    public string? PromptsPath { get; set; }

    /// <summary>
    /// The model also reads every typed message for signs of crisis, in the same call that reads the case
    /// details; it can only raise what the built-in layers found. False turns that reading off.
    /// </summary>
    public bool SafetySecondOpinion { get; set; } = true;

    public bool Enabled => Provider != LlmProvider.None;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"{Section}:Model is required (the deployment name for Azure OpenAI).", [nameof(Model)]);
        }

        if (Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible && Endpoint is null)
        {
            yield return new ValidationResult($"{Section}:Endpoint is required for {Provider}.", [nameof(Endpoint)]);
        }

        if (Endpoint is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") })
        {
            yield return new ValidationResult($"{Section}:Endpoint must be an absolute http(s) URL.", [nameof(Endpoint)]);
        }

        if (UseEntraId && Provider != LlmProvider.AzureOpenAI)
        {
            yield return new ValidationResult($"{Section}:UseEntraId works with AzureOpenAI only.", [nameof(UseEntraId)]);
        }

        var needsKey = Provider == LlmProvider.OpenAI || (Provider == LlmProvider.AzureOpenAI && !UseEntraId);
        if (needsKey && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult($"{Section}:ApiKey is required for {Provider}{(Provider == LlmProvider.AzureOpenAI ? " unless UseEntraId is true" : string.Empty)}.", [nameof(ApiKey)]);
        }

        if (FirstTokenTimeout <= TimeSpan.Zero || TotalTimeout <= TimeSpan.Zero || FirstTokenTimeout > TotalTimeout)
        {
            yield return new ValidationResult($"{Section}:FirstTokenTimeout and TotalTimeout must be positive, the first no longer than the second.", [nameof(FirstTokenTimeout), nameof(TotalTimeout)]);
        }

        // Longer than TotalTimeout is allowed: the total then ends the call first.
        if (FirstAnswerTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"{Section}:FirstAnswerTimeout must be positive.", [nameof(FirstAnswerTimeout)]);
        }

        // Polly's own lower bounds for the breaker's windows.
        if (BreakSamplingDuration < TimeSpan.FromMilliseconds(500) || BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return new ValidationResult($"{Section}:BreakSamplingDuration and BreakDuration must be half a second or more.", [nameof(BreakSamplingDuration), nameof(BreakDuration)]);
        }
    }
}
