using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CoachBot.Channels;
using CoachBot.Coaching;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.State;
using CoachBot.Conversations.Turns;
using CoachBot.FollowUps;
using CoachBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Activity = CoachBot.Conversations.Activities.Activity;

// Usage: dotnet run -c Release --project bench/CoachBot.NudgeBench [nudges] [people talking meanwhile]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var talkers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var folder = Directory.CreateTempSubdirectory("coachbot-nudgebench-");
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
    builder.Logging.ClearProviders();
    builder.Configuration["CoachBot:Storage:Sqlite:Path"] = Path.Combine(folder.FullName, "bench.db");
    // The bench runs the passes itself; no quiet hours, so the time of day does not matter.
    builder.Configuration["CoachBot:FollowUps:PollInterval"] = "1.00:00:00";
    builder.Configuration["CoachBot:Organizations:Default:QuietHoursStart"] = "00:00";
    builder.Configuration["CoachBot:Organizations:Default:QuietHoursEnd"] = "00:00";
    builder.Configuration["CoachBot:Retention:SweepInterval"] = "00:00:00";
    builder.AddCoachBot();
    var nudged = new CountingChannel();
    builder.Services.AddSingleton(new ChannelRegistry([nudged]));
    await using var app = builder.Build();

    var storage = app.Services.GetRequiredService<IStorage>();
    var runner = app.Services.GetRequiredService<TurnRunner>();
    var dispatcher = app.Services.GetRequiredService<FollowUpDispatcher>();
    var clock = app.Services.GetRequiredService<TimeProvider>();
    var talk = new TalkChannel();

    Console.WriteLine($"Seeding {count:N0} people, each with a finished case and one due nudge...");
    var now = clock.GetUtcNow();
    for (var first = 0; first < count; first += 500)
    {
        var changes = new List<DocumentChange>();
        for (var i = first; i < Math.Min(count, first + 500); i++)
        {
            var caseKey = $"user/bench/u{i}/case/c{i}";
            var nudge = new FollowUp
            {
                Kind = NudgeKind.ReconnectWithNetwork,
                Status = FollowUpStatus.Scheduled,
                DueAt = now.AddMinutes(-1),
                CaseKey = caseKey,
                Company = "Contoso",
                Role = "Data Analyst",
                Reference = new ConversationReference { ChannelId = CountingChannel.Id, ConversationId = $"c{i}", UserId = $"u{i}", BotId = "bot" },
                KeepUntil = now.AddDays(30),
            };
            changes.Add(new DocumentChange(caseKey, JsonSerializer.Serialize(new RejectionCase { Company = "Contoso", Role = "Data Analyst", StartedAt = now }, ActivityJson.Options), null));
            changes.Add(new DocumentChange($"user/bench/u{i}/nudge/c{i}-{nudge.Kind}", JsonSerializer.Serialize(nudge, ActivityJson.Options), null, nudge.KeepUntil, nudge.StorageDueAt));
        }

        await storage.WriteAsync(changes, CancellationToken.None);
    }

    // Warm up the turn path, then time people's turns alone.
    await TalkAsync(runner, talk, "warmup", TimeSpan.FromSeconds(3), null);
    var alone = new ConcurrentBag<double>();
    await Task.WhenAll(Enumerable.Range(0, talkers).Select(n => TalkAsync(runner, talk, $"alone-{n}", TimeSpan.FromSeconds(5), alone)));

    // Two dispatchers, as two instances would run, while the same people keep talking.
    var second = ActivatorUtilities.CreateInstance<FollowUpDispatcher>(app.Services);
    var during = new ConcurrentBag<double>();
    using var stop = new CancellationTokenSource();
    var talking = Task.WhenAll(Enumerable.Range(0, talkers).Select(n => TalkAsync(runner, talk, $"during-{n}", Timeout.InfiniteTimeSpan, during, stop.Token)));
    var watch = Stopwatch.StartNew();
    var claimed = await Task.WhenAll(dispatcher.DispatchDueAsync(CancellationToken.None), second.DispatchDueAsync(CancellationToken.None));
    await app.Services.GetRequiredService<BackgroundTurns>().WhenIdleAsync();
    watch.Stop();
    await stop.CancelAsync();
    await talking;

    var delivered = nudged.Deliveries.Values.Sum();
    var duplicates = nudged.Deliveries.Values.Sum(times => times - 1);
    Console.WriteLine($"Nudges claimed:    {claimed.Sum():N0} ({claimed[0]:N0} + {claimed[1]:N0})");
    Console.WriteLine($"Delivered:         {delivered:N0} to {nudged.Deliveries.Count:N0} conversations; missing {count - nudged.Deliveries.Count:N0}; duplicates {duplicates:N0}");
    Console.WriteLine($"Time:              {watch.Elapsed.TotalSeconds:F2} s; {delivered / watch.Elapsed.TotalSeconds:N0} nudges/s on {Environment.ProcessorCount} cores");
    Console.WriteLine($"People's turns:    alone p50 {Percentile(alone, 50):F1} ms, p99 {Percentile(alone, 99):F1} ms ({alone.Count} turns); "
        + $"during delivery p50 {Percentile(during, 50):F1} ms, p99 {Percentile(during, 99):F1} ms ({during.Count} turns)");
    return duplicates == 0 && nudged.Deliveries.Count == count ? 0 : 1;
}
finally
{
    folder.Delete(recursive: true);
}

// One person after another says "hi" and "help" in new conversations, timing each turn.
static async Task TalkAsync(TurnRunner runner, TalkChannel channel, string who, TimeSpan duration, ConcurrentBag<double>? latencies, CancellationToken cancellationToken = default)
{
    var until = duration == Timeout.InfiniteTimeSpan ? DateTime.MaxValue : DateTime.UtcNow + duration;
    var n = 0;
    while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested)
    {
        var conversation = $"{who}-{n++}";
        foreach (var text in new[] { "hi", "help" })
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = Guid.NewGuid().ToString("N"),
                ChannelId = TalkChannel.Id,
                From = new ChannelAccount { Id = conversation, Role = "user" },
                Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
                Conversation = new ConversationAccount { Id = conversation },
                Text = text,
                DeliveryMode = DeliveryModes.ExpectReplies,
                Locale = "en-US",
            };
            var watch = Stopwatch.StartNew();
            await runner.RunAsync(activity, channel, CancellationToken.None);
            latencies?.Add(watch.Elapsed.TotalMilliseconds);
        }
    }
}

static double Percentile(ConcurrentBag<double> values, int percentile)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}

/// <summary>The loopback the nudges go to: it counts each conversation's deliveries.</summary>
internal sealed class CountingChannel : IChannel
{
    public const string Id = "bench";

    public ConcurrentDictionary<string, int> Deliveries { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => [Id];

    public bool CanPush => true;

    public Task DeliverAsync(ConversationReference to, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        Deliveries.AddOrUpdate(to.ConversationId, 1, (_, times) => times + 1);
        return Task.CompletedTask;
    }

    public Task<ConversationReference> OpenPersonalConversationAsync(ConversationReference member, CancellationToken cancellationToken) => Task.FromResult(member);
}

/// <summary>People's turns, answered in the response.</summary>
internal sealed class TalkChannel() : AnsweringChannel(Id)
{
    public const string Id = "talk";
}
