using System.Diagnostics;
using System.Net.Http.Json;
using CoachBot.Coaching;
using CoachBot.Coaching.Drafting;
using CoachBot.Hosting;
using CoachBot.Llm;
using CoachBot.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: dotnet bench/CoachBot.LlmBench/bin/Release/net10.0/CoachBot.LlmBench.dll [runs] [first-chunk-ms] [chunk-interval-ms]
//    or: dotnet bench/CoachBot.LlmBench/bin/Release/net10.0/CoachBot.LlmBench.dll stalled|failing [conversations]
if (args.Length > 0 && args[0] is "stalled" or "failing")
{
    return await CoachBot.LlmBench.OutageBench.RunAsync(args[0], args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30;
var firstChunk = TimeSpan.FromMilliseconds(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
var interval = TimeSpan.FromMilliseconds(args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
const string Draft = "Dear Priya Raman,\n\nThank you for the interviews for the Data Analyst role at Contoso, and for your time. If you have a moment, I would appreciate a sentence or two of feedback on how I could strengthen future interviews, and I understand if that is not possible.\n\nBest regards,\nJordan Lee";

await using var fake = await FakeOpenAiServer.StartAsync();
fake.Default = _ => new FakeAnswer.Text(Draft);
fake.FirstChunkLatency = firstChunk;
fake.ChunkInterval = interval;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench" });
builder.Logging.ClearProviders();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["CoachBot:Llm:Provider"] = "OpenAICompatible",
    ["CoachBot:Llm:Endpoint"] = fake.OpenAiEndpoint.ToString(),
    ["CoachBot:Llm:Model"] = "bench-model",
    ["CoachBot:Llm:RequestsPerMinutePerPerson"] = "10000",
    ["CoachBot:Storage:Sqlite:Path"] = Path.Combine(Path.GetTempPath(), $"llmbench-{Guid.NewGuid():N}.db"),
});
builder.AddCoachBot();
await using var app = builder.Build();
var drafter = (IStreamingReplyDrafter)app.Services.GetRequiredService<IReplyDrafter>();
var builtIn = app.Services.GetRequiredService<BuiltInDrafter>();
var request = new DraftRequest(new RejectionCase { Company = "Contoso", Role = "Data Analyst", Stage = RejectionStage.Interview, ContactName = "Priya Raman" }, ReplyGoal.AskForFeedback, new DraftStyle(), "Jordan Lee");
using var http = new HttpClient();

var raw = new List<(double First, double Final)>();
var coach = new List<(double First, double Final)>();
var plain = new List<double>();
for (var i = 0; i < runs + 3; i++)
{
    var warm = i < 3;
    var rawRun = await RawAsync();
    var coachRun = await CoachAsync();
    var started = Stopwatch.GetTimestamp();
    await builtIn.DraftAsync(request, CancellationToken.None);
    var builtInMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (!warm)
    {
        raw.Add(rawRun);
        coach.Add(coachRun);
        plain.Add(builtInMs);
    }
}

Console.WriteLine($"fake model: first chunk after {firstChunk.TotalMilliseconds} ms, then a word every {interval.TotalMilliseconds} ms; {runs} runs after 3 warm-up runs");
Console.WriteLine("                          first words p50 / p90 (ms)   final draft p50 / p90 (ms)");
Print("model alone (raw SSE)", raw.Select(r => r.First), raw.Select(r => r.Final));
Print("CoachBot model drafter", coach.Select(r => r.First), coach.Select(r => r.Final));
Print("built-in drafter", plain, plain);
var overhead = coach.Zip(raw, (c, r) => c.First - r.First).ToList();
Console.WriteLine($"CoachBot's overhead to first words: p50 {Percentile(overhead, 0.5):0.0} ms, p90 {Percentile(overhead, 0.9):0.0} ms (target < 50 ms)");
return 0;

async Task<(double, double)> RawAsync()
{
    var body = new { model = "bench-model", stream = true, stream_options = new { include_usage = true }, messages = new[] { new { role = "user", content = "hi" } } };
    var started = Stopwatch.GetTimestamp();
    using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.OpenAiEndpoint, "chat/completions")) { Content = JsonContent.Create(body) };
    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
    using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
    double first = -1;
    while (await reader.ReadLineAsync() is { } line)
    {
        if (first < 0 && line.Contains("\"content\":\"", StringComparison.Ordinal) && !line.Contains("\"content\":\"\"", StringComparison.Ordinal))
        {
            first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        if (line == "data: [DONE]")
        {
            break;
        }
    }

    return (first, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

async Task<(double, double)> CoachAsync()
{
    double first = -1;
    var started = Stopwatch.GetTimestamp();
    await drafter.StreamAsync(request, (_, _) =>
    {
        if (first < 0)
        {
            first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return Task.CompletedTask;
    }, CancellationToken.None);
    return (first, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}

static void Print(string name, IEnumerable<double> first, IEnumerable<double> final)
{
    var f = first.ToList();
    var d = final.ToList();
    Console.WriteLine($"{name,-26}{Percentile(f, 0.5),8:0.0} / {Percentile(f, 0.9),-8:0.0}          {Percentile(d, 0.5),8:0.0} / {Percentile(d, 0.9):0.0}");
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
