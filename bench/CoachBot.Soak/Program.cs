using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Usage: CoachBot.Soak URL USERS SECONDS
// Each user holds one conversation at a time (expectReplies on /api/messages, channel "emulator") and
// answers every question, the first button or a scripted text. A turn the bot cannot take (connection
// refused while it restarts, 503, 429, or its "can't save anything right now" answer) is refused: the user
// sends the same answer again shortly. A turn is lost when the bot acknowledged an answer with its next
// question and then, at the next answer, asks again the question just answered or the one before it:
// its state went back to before an acknowledged turn.
var url = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:3978/api/messages");
var users = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 120;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var stop = Stopwatch.StartNew();
var results = await Task.WhenAll(Enumerable.Range(0, users).Select(n => Task.Run(() => SoakUser.RunAsync(http, url, n, TimeSpan.FromSeconds(seconds), stop))));

var answered = results.Sum(result => result.Answered);
var refused = results.Sum(result => result.Refused);
var lost = results.Sum(result => result.Lost);
var worst = results.Max(result => result.WorstLatency);
var worstAnswered = results.Max(result => result.WorstAnswered);
Console.WriteLine($"turns answered: {answered}");
Console.WriteLine($"turns refused (retried): {refused}");
Console.WriteLine($"turns lost: {lost}");
Console.WriteLine($"conversations completed: {results.Sum(result => result.Completed)}");
Console.WriteLine($"worst latency of an answered turn: {worstAnswered.TotalMilliseconds:F0} ms");
Console.WriteLine($"worst latency of any request (a refused one included): {worst.TotalMilliseconds:F0} ms");
return lost == 0 ? 0 : 1;

internal sealed record SoakResult(int Answered, int Refused, int Lost, int Completed, TimeSpan WorstLatency, TimeSpan WorstAnswered);

internal static class SoakUser
{
    private const string CannotSave = "I can't save anything right now";
    private static readonly string[] FreeText = ["Contoso", "Data Analyst intern", "They went with a candidate with more experience", "I led the data pipeline for our capstone project"];

    public static async Task<SoakResult> RunAsync(HttpClient http, Uri url, int number, TimeSpan duration, Stopwatch clock)
    {
        int answered = 0, refused = 0, lost = 0, completed = 0;
        TimeSpan worst = TimeSpan.Zero, worstAnswered = TimeSpan.Zero;
        while (clock.Elapsed < duration)
        {
            var conversation = $"soak-{number}-{Guid.NewGuid():N}";
            var questions = new List<string>();
            var typed = 0;
            string? answer = "hi";
            for (var turn = 0; answer is not null && turn < 60 && clock.Elapsed < duration; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var replies = await TrySendAsync(http, url, number, conversation, answer);
                var latency = Stopwatch.GetElapsedTime(started);
                worst = latency > worst ? latency : worst;
                if (replies is null || replies.Any(reply => reply.Text?.Contains(CannotSave, StringComparison.Ordinal) == true))
                {
                    refused++;
                    turn--;
                    await Task.Delay(100);
                    continue;
                }

                answered++;
                worstAnswered = latency > worstAnswered ? latency : worstAnswered;
                var asking = replies.LastOrDefault(reply => reply.ExpectingInput);
                if (asking is null)
                {
                    completed++;
                    break;
                }

                if (questions.Count >= 1 && questions.TakeLast(2).Contains(asking.Text))
                {
                    lost++;
                }

                questions.Add(asking.Text ?? string.Empty);
                answer = asking.FirstAction ?? FreeText[typed++ % FreeText.Length];
            }
        }

        return new SoakResult(answered, refused, lost, completed, worst, worstAnswered);
    }

    private static async Task<List<Reply>?> TrySendAsync(HttpClient http, Uri url, int number, string conversation, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["from"] = new JsonObject { ["id"] = $"soak-user-{number}", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["text"] = text,
            ["locale"] = "en-US",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["deliveryMode"] = "expectReplies",
        };
        try
        {
            using var response = await http.PostAsJsonAsync(url, activity);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return [.. body.RootElement.GetProperty("activities").EnumerateArray().Select(Reply.Of)];
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }
}

internal sealed record Reply(string? Text, bool ExpectingInput, string? FirstAction)
{
    public static Reply Of(JsonElement activity)
    {
        var text = activity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var expecting = activity.TryGetProperty("inputHint", out var hint) && hint.GetString() == "expectingInput";
        string? first = null;
        if (activity.TryGetProperty("suggestedActions", out var suggested) && suggested.TryGetProperty("actions", out var actions)
            && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0)
        {
            var action = actions[0];
            first = action.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } v ? v
                : action.TryGetProperty("title", out var title) ? title.GetString() : null;
        }

        return new Reply(text, expecting, first);
    }
}
