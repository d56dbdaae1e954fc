using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Tests;

/// <summary>One scripted answer of the fake model.</summary>
public abstract record FakeAnswer
{
    /// <summary>A text answer: streamed as SSE chunks (a word or so each) when the request streams, else one completion.</summary>
    public sealed record Text(string Content) : FakeAnswer;

    /// <summary>A structured answer: the JSON text the model "wrote".</summary>
    public sealed record Json(object Value) : FakeAnswer;

    /// <summary>An HTTP error, such as 429 with <c>Retry-After</c> or 500.</summary>
    public sealed record Status(int Code, string? RetryAfter = null) : FakeAnswer;

    /// <summary>Headers sent, then nothing until the client gives up (or the server stops).</summary>
    public sealed record Stall(bool AfterFirstWords = false) : FakeAnswer;

    /// <summary>A body that is not the wire format: a truncated chunk, or broken JSON.</summary>
    public sealed record Malformed : FakeAnswer;
}

/// <summary>A request the fake model received, as sent on the wire.</summary>
public sealed record FakeModelRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, JsonObject Body)
{
    public bool Streamed => Body["stream"]?.GetValue<bool>() == true;
    public string? Model => Body["model"]?.GetValue<string>();
    public JsonArray Messages => Body["messages"]!.AsArray();
    public string? SystemPrompt => Messages.FirstOrDefault(m => m!["role"]!.GetValue<string>() == "system")?["content"] is { } c ? Text(c) : null;
    public string UserContent => string.Join("\n", Messages.Where(m => m!["role"]!.GetValue<string>() == "user").Select(m => Text(m!["content"]!)));
    public int? MaxTokens => (Body["max_completion_tokens"] ?? Body["max_tokens"])?.GetValue<int>();
    public string? ResponseFormat => Body["response_format"]?["type"]?.GetValue<string>();

    /// <summary>A message's content: a string, or an array of text parts.</summary>
    private static string Text(JsonNode content) => content is JsonArray parts
        ? string.Concat(parts.Select(part => part?["text"]?.GetValue<string>()))
        : content.GetValue<string>();
}

/// <summary>
/// A loopback server speaking OpenAI's Chat Completions wire format, at the OpenAI path
/// (<c>/v1/chat/completions</c>) and the Azure OpenAI one (<c>/openai/deployments/{name}/chat/completions?api-version=…</c>):
/// SSE chunks ending in <c>data: [DONE]</c>, the usage chunk when <c>stream_options.include_usage</c> asks for it,
/// JSON-schema answers, errors, stalls and malformed bodies, as scripted. Without a script it answers
/// with <see cref="Default"/>. An optional fixed latency (for the bench) delays the first chunk and each next one.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeAnswer> script = new();
    private readonly ConcurrentQueue<FakeModelRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();

    private FakeOpenAiServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The OpenAI-style endpoint (what <c>CoachBot:Llm:Endpoint</c> points at for OpenAI-compatible servers).</summary>
    public Uri OpenAiEndpoint => new(BaseUrl, "v1/");

    /// <summary>The answer when nothing is scripted.</summary>
    public Func<FakeModelRequest, FakeAnswer> Default { get; set; } = _ => new FakeAnswer.Text("Thank you for letting me know.");

    public TimeSpan FirstChunkLatency { get; set; }
    public TimeSpan ChunkInterval { get; set; }

    public IReadOnlyList<FakeModelRequest> Requests => requests.ToArray();

    /// <summary>Completes when a request arrives whose answer is a stall: the client is then waiting.</summary>
    public Task Stalled => stalled.Task;
    private readonly TaskCompletionSource stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every request whose answer stalls, as the client starts waiting on it (read to move a fake clock along).</summary>
    public ChannelReader<FakeModelRequest> Stalls => stalls.Reader;
    private readonly Channel<FakeModelRequest> stalls = Channel.CreateUnbounded<FakeModelRequest>();

    /// <summary>A model that never answers: headers, then nothing, for every request.</summary>
    public static Func<FakeModelRequest, FakeAnswer> Stalling { get; } = _ => new FakeAnswer.Stall();

    /// <summary>A model that is down: 500 for every request.</summary>
    public static Func<FakeModelRequest, FakeAnswer> Failing { get; } = _ => new FakeAnswer.Status(500);

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public FakeOpenAiServer Then(params FakeAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            script.Enqueue(answer);
        }

        return this;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
        var headers = http.Request.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
        var request = new FakeModelRequest(http.Request.Path, http.Request.QueryString.Value ?? string.Empty, headers, body);
        requests.Enqueue(request);
        var answer = script.TryDequeue(out var scripted) ? scripted : Default(request);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping.Token);
        try
        {
            await AnswerAsync(http, request, answer, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, or the server is stopping.
        }
    }

    private async Task AnswerAsync(HttpContext http, FakeModelRequest request, FakeAnswer answer, CancellationToken ct)
    {
        var response = http.Response;
        switch (answer)
        {
            case FakeAnswer.Status status:
                response.StatusCode = status.Code;
                if (status.RetryAfter is { } retryAfter)
                {
                    response.Headers["Retry-After"] = retryAfter;
                }

                await response.WriteAsJsonAsync(new { error = new { message = "scripted error", type = status.Code == 429 ? "rate_limit_exceeded" : "server_error", code = (string?)null } }, ct);
                return;
            case FakeAnswer.Stall { AfterFirstWords: false }:
                response.ContentType = request.Streamed ? "text/event-stream" : "application/json";
                await response.Body.FlushAsync(ct);
                stalled.TrySetResult();
                stalls.Writer.TryWrite(request);
                await Task.Delay(Timeout.Infinite, ct);
                return;
            case FakeAnswer.Malformed:
                response.ContentType = request.Streamed ? "text/event-stream" : "application/json";
                await response.WriteAsync(request.Streamed ? "data: {\"id\":\"chatcmpl-x\",\"choices\":[{\"delta\":{\"content\":\"Dear\n\n" : "{\"id\":\"chatcmpl-x\",\"choices\":[{\"message\":", ct);
                return;
        }

        var content = answer switch
        {
            FakeAnswer.Text text => text.Content,
            FakeAnswer.Json json => JsonSerializer.Serialize(json.Value, json.Value.GetType(), WebJson),
            FakeAnswer.Stall => "Dear hiring team,\n\nThank you",
            _ => string.Empty,
        };

        if (request.Streamed)
        {
            await StreamAsync(response, request, content, stallAfter: answer is FakeAnswer.Stall, ct);
        }
        else
        {
            if (FirstChunkLatency > TimeSpan.Zero)
            {
                await Task.Delay(FirstChunkLatency, ct);
            }

            await response.WriteAsJsonAsync(Completion(request, content), ct);
        }
    }

    private async Task StreamAsync(HttpResponse response, FakeModelRequest request, string content, bool stallAfter, CancellationToken ct)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        if (FirstChunkLatency > TimeSpan.Zero)
        {
            await Task.Delay(FirstChunkLatency, ct);
        }

        await WriteChunkAsync(response, Chunk(request, new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null), ct);
        var first = true;
        foreach (var piece in Pieces(content))
        {
            if (!first && ChunkInterval > TimeSpan.Zero)
            {
                await Task.Delay(ChunkInterval, ct);
            }

            first = false;
            await WriteChunkAsync(response, Chunk(request, new JsonObject { ["content"] = piece }, null), ct);
        }

        if (stallAfter)
        {
            stalled.TrySetResult();
            stalls.Writer.TryWrite(request);
            await Task.Delay(Timeout.Infinite, ct);
        }

        await WriteChunkAsync(response, Chunk(request, new JsonObject(), "stop"), ct);
        if (request.Body["stream_options"]?["include_usage"]?.GetValue<bool>() == true)
        {
            var usage = Chunk(request, null, null);
            usage["choices"] = new JsonArray();
            usage["usage"] = Usage(request, content);
            await WriteChunkAsync(response, usage, ct);
        }

        await response.WriteAsync("data: [DONE]\n\n", ct);
        await response.Body.FlushAsync(ct);
    }

    private static async Task WriteChunkAsync(HttpResponse response, JsonObject chunk, CancellationToken ct)
    {
        await response.WriteAsync($"data: {chunk.ToJsonString()}\n\n", Encoding.UTF8, ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>Words with the space after them, as models stream them.</summary>
    private static IEnumerable<string> Pieces(string content)
    {
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] is ' ' or '\n')
            {
                yield return content[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < content.Length)
        {
            yield return content[start..];
        }
    }

    private static JsonObject Chunk(FakeModelRequest request, JsonObject? delta, string? finishReason)
    {
        var chunk = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion.chunk",
            ["created"] = 1_767_225_600,
            ["model"] = request.Model ?? "fake-model",
            ["system_fingerprint"] = "fp_fake",
        };
        if (delta is not null)
        {
            chunk["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["logprobs"] = null, ["finish_reason"] = finishReason });
        }

        return chunk;
    }

    private static JsonObject Completion(FakeModelRequest request, string content) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_767_225_600,
        ["model"] = request.Model ?? "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        }),
        ["usage"] = Usage(request, content),
    };

    /// <summary>About four characters a token, as a tokenizer would roughly count.</summary>
    private static JsonObject Usage(FakeModelRequest request, string content)
    {
        var prompt = request.Messages.ToJsonString().Length / 4;
        var completion = Math.Max(1, content.Length / 4);
        return new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
