using CoachBot.Llm;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace CoachBot.Tests.Llm;

/// <summary>CoachBot configured to write with the fake model, over the OpenAI or the Azure OpenAI request path.</summary>
public static class ModelSetup
{
    public const string Model = "coach-model";
    public const string Deployment = "coach-deployment";
    public const string ApiKey = "test-key-123";

    public static Action<WebApplicationBuilder> Using(FakeOpenAiServer fake, LlmProvider provider = LlmProvider.OpenAICompatible, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? then = null) => builder =>
    {
        var values = new Dictionary<string, string?>
        {
            [$"{LlmOptions.Section}:Provider"] = provider.ToString(),
            [$"{LlmOptions.Section}:Endpoint"] = provider == LlmProvider.AzureOpenAI ? fake.BaseUrl.ToString() : fake.OpenAiEndpoint.ToString(),
            [$"{LlmOptions.Section}:ApiKey"] = ApiKey,
            [$"{LlmOptions.Section}:Model"] = provider == LlmProvider.AzureOpenAI ? Deployment : Model,
            [$"{LlmOptions.Section}:MaxRetries"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[$"{LlmOptions.Section}:{key}"] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        then?.Invoke(builder);
    };
}
