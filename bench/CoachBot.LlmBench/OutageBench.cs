using CoachBot.Channels;
using CoachBot.Channels.Terminal;
using CoachBot.Conversations.Activities;
using CoachBot.Conversations.Turns;
using CoachBot.Hosting;
using CoachBot.Llm;
using CoachBot.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CoachBot.LlmBench;

/// <summary>
/// Whole conversations through the real turn runner with a model that stalls (never answers) or fails
/// (500 on every request), against the same conversations with no model: the wall time of the first
/// message, of a whole conversation to its first draft, and of each turn once the breaker has opened.
/// </summary>
public static class OutageBench
{
    /// <summary>The terminal's numbered answers from the greeting to the first draft (see TerminalChatTests).</summary>
    private static readonly string[] Answers = ["Contoso", "Data Analyst Intern", "3", "1", "4", "1", "1", "1", "1", "1", "1"];

    public static async Task<int> RunAsync(string mode, int conversations)
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Default = mode == "stalled" ? FakeOpenAiServer.Stalling : FakeOpenAiServer.Failing;

        await using var withModel = Build(fake);
        await using var noModel = Build(model: null);
        var circuit = withModel.Services.GetRequiredService<ModelCircuit>();

        // One conversation without a model first, so the outage's first one pays the model's cost, not the JIT's.
        await ConverseAsync(noModel);

        // The first conversation meets the outage: it pays the first-answer limits until the breaker opens.
        var first = await ConverseAsync(withModel);
        Console.WriteLine($"model {mode}; CoachBot:Llm defaults (FirstAnswerTimeout 3 s, BreakMinimumCalls 2, MaxRetries 2); {conversations} conversations of {Answers.Length} messages after the first");
        Console.WriteLine($"first conversation: first message {first[0]:0} ms, whole conversation to the first draft {first.Sum():0} ms, breaker open: {circuit.IsOpen}, requests to the model: {fake.Requests.Count}");

        var requestsWhenOpen = fake.Requests.Count;
        var open = new List<double>();
        var none = new List<double>();
        for (var i = 0; i < conversations; i++)
        {
            open.AddRange(await ConverseAsync(withModel));
            none.AddRange(await ConverseAsync(noModel));
        }

        Console.WriteLine($"after the breaker opened: turn p50 {Percentile(open, 0.5):0.0} ms, p90 {Percentile(open, 0.9):0.0} ms, max {open.Max():0.0} ms; requests to the model since: {fake.Requests.Count - requestsWhenOpen}");
        Console.WriteLine($"no model configured:      turn p50 {Percentile(none, 0.5):0.0} ms, p90 {Percentile(none, 0.9):0.0} ms, max {none.Max():0.0} ms");
        return 0;
    }

    private static WebApplication Build(FakeOpenAiServer? model)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench" });
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["CoachBot:Storage:Sqlite:Path"] = Path.Combine(Path.GetTempPath(), $"llmbench-outage-{Guid.NewGuid():N}.db"),
        };
        if (model is not null)
        {
            settings["CoachBot:Llm:Provider"] = "OpenAICompatible";
            settings["CoachBot:Llm:Endpoint"] = model.OpenAiEndpoint.ToString();
            settings["CoachBot:Llm:Model"] = "bench-model";
            settings["CoachBot:Llm:RequestsPerMinutePerPerson"] = "10000";
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCoachBot();
        return builder.Build();
    }

    /// <summary>One person, greeted, then answering to the first draft; the wall time of each message's turn.</summary>
    private static async Task<List<double>> ConverseAsync(WebApplication app)
    {
        var runner = app.Services.GetRequiredService<TurnRunner>();
        var channel = app.Services.GetRequiredService<TerminalChannel>();
        var id = $"bench-{Guid.NewGuid():N}";
        Activity Inbound(string type, string? text = null) => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = TerminalChat.ChannelId,
            From = new ChannelAccount { Id = id, Role = "user" },
            Recipient = new ChannelAccount { Id = "coachbot", Role = "bot" },
            Conversation = new ConversationAccount { Id = id },
            Timestamp = DateTimeOffset.UtcNow,
            LocalTimezone = "America/New_York",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Text = text,
        };

        var greeting = Inbound(ActivityTypes.ConversationUpdate);
        greeting.MembersAdded = [greeting.From!];
        await runner.AnswerAsync(greeting, channel, CancellationToken.None);
        var times = new List<double>();
        TurnOutcome? last = null;
        foreach (var answer in Answers)
        {
            var started = Stopwatch.GetTimestamp();
            last = await runner.AnswerAsync(Inbound(ActivityTypes.Message, answer), channel, CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (last?.Neutral.Any(reply => reply.Message is DraftReply) != true)
        {
            throw new InvalidOperationException("The scripted answers no longer reach the first draft: update OutageBench.Answers.");
        }

        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}
