using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace CoachBot.Llm;

/// <summary>
/// Builds the one <see cref="IChatClient"/> CoachBot talks to, from the official SDKs: Azure.AI.OpenAI for
/// Azure OpenAI (API key or Entra ID), OpenAI for OpenAI itself and for compatible servers. The SDK's own
/// retry policy is the only one (429 with <c>Retry-After</c>, 5xx): nothing retries on top of it.
/// </summary>
public static class ChatClientFactory
{
    public const string TelemetrySource = "CoachBot.Llm";

    public static IChatClient Create(LlmOptions options, IServiceProvider services)
    {
        var model = options.Model ?? throw new InvalidOperationException($"{LlmOptions.Section}:Model is not set.");
        IChatClient inner = options.Provider switch
        {
            LlmProvider.AzureOpenAI => Azure(options).GetChatClient(model).AsIChatClient(),
            LlmProvider.OpenAI or LlmProvider.OpenAICompatible => OpenAi(options).GetChatClient(model).AsIChatClient(),
            _ => throw new InvalidOperationException($"{LlmOptions.Section}:Provider is not set."),
        };

        // OpenTelemetry's gen_ai spans and metrics (token usage, duration), never the messages; then
        // CoachBot's own usage log, in numbers. No LoggingChatClient: it writes message text at Trace.
        return inner.AsBuilder()
            .UseOpenTelemetry(sourceName: TelemetrySource, configure: telemetry => telemetry.EnableSensitiveData = false)
            .Use(client => new UsageLoggingChatClient(client, services.GetRequiredService<LlmUsage>()))
            .Build(services);
    }

    private static AzureOpenAIClient Azure(LlmOptions options)
    {
        var endpoint = options.Endpoint!;
        var clientOptions = Configure(new AzureOpenAIClientOptions(), options);
        return options.UseEntraId
            // Managed identity in Azure; the developer's Azure CLI or Visual Studio sign-in locally.
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey!), clientOptions);
    }

    private static OpenAIClient OpenAi(LlmOptions options)
    {
        var clientOptions = Configure(new OpenAIClientOptions(), options);
        if (options.Endpoint is { } endpoint)
        {
            clientOptions.Endpoint = endpoint;
        }

        // Local servers (Ollama, vLLM) ignore the key, but the SDK wants one.
        return new OpenAIClient(new ApiKeyCredential(options.ApiKey is { Length: > 0 } key ? key : "unused"), clientOptions);
    }

    private static T Configure<T>(T clientOptions, LlmOptions options) where T : ClientPipelineOptions
    {
        clientOptions.RetryPolicy = new ClientRetryPolicy(options.MaxRetries);
        clientOptions.NetworkTimeout = options.TotalTimeout;
        return clientOptions;
    }
}
