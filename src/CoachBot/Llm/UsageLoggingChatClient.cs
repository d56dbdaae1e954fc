using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace CoachBot.Llm;

/// <summary>Middleware that reports each call's tokens and latency to <see cref="LlmUsage"/>; it reads the usage, never the text.</summary>
public sealed class UsageLoggingChatClient(IChatClient inner, LlmUsage usage) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        usage.Called(response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, Stopwatch.GetElapsedTime(started), streamed: false);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var firstWords = false;
        UsageDetails? details = null;
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            if (!firstWords && !string.IsNullOrEmpty(update.Text))
            {
                firstWords = true;
                usage.FirstWords(Stopwatch.GetElapsedTime(started));
            }

            // The usage arrives in its own last chunk (stream_options.include_usage).
            foreach (var content in update.Contents)
            {
                if (content is UsageContent found)
                {
                    details = found.Details;
                }
            }

            yield return update;
        }

        usage.Called(details?.InputTokenCount, details?.OutputTokenCount, Stopwatch.GetElapsedTime(started), streamed: true);
    }
}
