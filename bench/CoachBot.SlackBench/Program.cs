using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Channels.Slack;
using CoachBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: dotnet bench/CoachBot.SlackBench/bin/Release/net10.0/CoachBot.SlackBench.dll [events-per-second] [seconds] [web-api-delay-ms] [users]
// Slack retries an event it has not seen acknowledged in 3 s; CoachBot's target is an acknowledgement p99 of at most 50 ms.
var rate = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var apiDelay = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 800);
var users = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2000;
const string Secret = "bench-signing-secret";
const string Token = "xoxb-bench";
var warmup = TimeSpan.FromSeconds(5);

await using var slowSlack = await StartSlowSlackAsync(apiDelay);
var slackUrl = slowSlack.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
var database = Path.Combine(Path.GetTempPath(), $"slackbench-{Guid.NewGuid():N}.db");

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench" });
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["CoachBot:Slack:SigningSecret"] = Secret,
    ["CoachBot:Slack:BotToken"] = Token,
    ["CoachBot:Slack:ApiBaseUrl"] = $"{slackUrl}/api/",
    ["CoachBot:Storage:Sqlite:Path"] = database,
    // One client speaks for every workspace here, as Slack's few addresses do.
    ["CoachBot:RateLimits:ClientBurst"] = "0",
    ["CoachBot:RateLimits:ConversationBurst"] = "0",
});
builder.AddCoachBot();
await using var app = builder.Build();
app.MapCoachBot();
await app.StartAsync();
var botUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = new Uri(botUrl) };
var total = rate * (seconds + (int)warmup.TotalSeconds);
var latencies = new double[total];
var statuses = new int[total];
var sends = new Task[total];
var clock = Stopwatch.StartNew();
var interval = TimeSpan.FromSeconds(1.0 / rate);
for (var i = 0; i < total; i++)
{
    // Open loop: each event leaves at its time, whatever the earlier ones are doing.
    var due = interval * i;
    if (due > clock.Elapsed)
    {
        await Task.Delay(due - clock.Elapsed);
    }

    sends[i] = SendAsync(i);
}

await Task.WhenAll(sends);
await app.StopAsync();

var measured = Enumerable.Range(0, total).Where(i => interval * i >= warmup).ToList();
var sorted = measured.Select(i => latencies[i]).Order().ToArray();
double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
var refused = measured.Count(i => statuses[i] != 200);
Console.WriteLine($"Slack ack latency: {rate} events/s for {seconds} s after {warmup.TotalSeconds} s warmup, {users} people, fake Web API answering in {apiDelay.TotalMilliseconds} ms, {Environment.ProcessorCount} cores");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acks {sorted.Length}, non-200 {refused}; p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms, max {sorted[^1]:F1} ms (target p99 <= 50 ms)"));
File.Delete(database);

async Task SendAsync(int i)
{
    var user = $"UBENCH{i % users:D6}";
    var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var envelope = new JsonObject
    {
        ["team_id"] = "TBENCH01",
        ["api_app_id"] = "ABENCH01",
        ["type"] = "event_callback",
        ["event_id"] = $"EvBENCH{i:D8}",
        ["event_time"] = long.Parse(now, CultureInfo.InvariantCulture),
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "TBENCH01", ["user_id"] = "UBENCHBOT", ["is_bot"] = true }),
        ["event"] = new JsonObject
        {
            ["type"] = "message",
            ["channel_type"] = "im",
            ["channel"] = "D" + user,
            ["user"] = user,
            ["text"] = (i / users % 3) switch { 0 => "hi", 1 => "Contoso", _ => "Data Analyst" },
            ["ts"] = $"{now}.{i % 1_000_000:D6}",
        },
    };
    var body = Encoding.UTF8.GetBytes(envelope.ToJsonString());
    using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.EventsRoute) { Content = new ByteArrayContent(body) };
    request.Content.Headers.ContentType = new("application/json");
    request.Headers.Add(SlackSignature.TimestampHeader, now);
    request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(Secret, now, body));
    var started = Stopwatch.GetTimestamp();
    using var response = await http.SendAsync(request);
    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    statuses[i] = (int)response.StatusCode;
}

// A Slack Web API that answers every call correctly, but only after the delay.
static async Task<WebApplication> StartSlowSlackAsync(TimeSpan delay)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    var slack = builder.Build();
    var ts = 0L;
    slack.MapPost("/api/{method}", async (string method, HttpContext http) =>
    {
        await Task.Delay(delay);
        var answer = method switch
        {
            "conversations.open" => "{\"ok\":true,\"channel\":{\"id\":\"DBENCH\"}}",
            "users.info" => "{\"ok\":true,\"user\":{\"tz\":\"America/Chicago\",\"real_name\":\"Bench User\"}}",
            _ => $"{{\"ok\":true,\"ts\":\"1700000000.{Interlocked.Increment(ref ts) % 1_000_000:D6}\"}}",
        };
        return Results.Content(answer, "application/json");
    });
    await slack.StartAsync();
    return slack;
}
