using System.Diagnostics;
using System.Net.Http.Headers;

namespace CoachBot.Bench;

/// <summary>
/// One simulated person: starts a conversation with "hi", answers every question until the bot stops
/// asking, then starts another, until the run is over. Requests are strictly sequential per user,
/// like a person waiting for each reply.
/// </summary>
internal sealed class VirtualUser(int number, HttpClient http, BenchOptions options, RunClock clock)
{
    private const string FirstMessage = "hi";
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    // A bot that refuses connections would otherwise be hammered in a tight loop.
    private static readonly TimeSpan ErrorPause = TimeSpan.FromMilliseconds(10);

    private readonly ActivityWriter _writer = new(number, options.ChannelId);
    private readonly Answerer _answerer = new();
    private byte[] _responseBuffer = new byte[16 * 1024];

    public int Number => number;
    public UserStats Stats { get; } = new();

    public async Task RunAsync()
    {
        while (!clock.IsOver)
            await RunConversationAsync();
    }

    private async Task RunConversationAsync()
    {
        var conversationId = Guid.NewGuid();
        _answerer.StartConversation();
        string? message = FirstMessage;
        var turns = 0;
        while (message is not null)
        {
            if (clock.IsOver)
                return;
            if (turns == options.MaxTurnsPerConversation)
            {
                if (clock.InWindow(Stopwatch.GetTimestamp()))
                    Stats.RecordCapped();
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                message = await TakeTurnAsync(conversationId, message, options.Urls[(number + turns) % options.Urls.Count]);
            }
            catch (Exception ex)
            {
                // The conversation's state on the bot is unknown now: count the error and start afresh.
                if (clock.InWindow(Stopwatch.GetTimestamp()))
                    Stats.RecordError(DescribeError(ex));
                await Task.Delay(ErrorPause);
                return;
            }

            var ended = Stopwatch.GetTimestamp();
            turns++;
            if (clock.InWarmup(ended))
                Stats.WarmupLatencyTicks.Add(ended - started);
            if (clock.InWindow(ended))
            {
                Stats.RecordTurn(started, ended, turns);
                if (message is null)
                    Stats.RecordCompleted(turns);
            }
        }
    }

    /// <summary>Sends one message and returns the answer to the bot's question, or null if it asked none.</summary>
    private async Task<string?> TakeTurnAsync(Guid conversationId, string message, Uri url)
    {
        using var content = new ReadOnlyMemoryContent(_writer.Write(conversationId, message));
        content.Headers.ContentType = JsonContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
            throw new BotRefusedException(response.StatusCode);

        await using var body = await response.Content.ReadAsStreamAsync();
        return _answerer.NextMessage(await ReadToEndAsync(body));
    }

    /// <summary>Reads the body into this user's buffer, grown when a reply is bigger than any before.</summary>
    private async Task<ReadOnlyMemory<byte>> ReadToEndAsync(Stream body)
    {
        var length = 0;
        while (true)
        {
            if (length == _responseBuffer.Length)
                Array.Resize(ref _responseBuffer, _responseBuffer.Length * 2);
            var read = await body.ReadAsync(_responseBuffer.AsMemory(length));
            if (read == 0)
                return _responseBuffer.AsMemory(0, length);
            length += read;
        }
    }

    private static string DescribeError(Exception ex) => ex switch
    {
        BotRefusedException refused => $"HTTP {(int)refused.StatusCode}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
