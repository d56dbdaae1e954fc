using System.Globalization;

namespace CoachBot.Bench;

/// <summary>What one load run does, as given on the command line.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Usage: CoachBot.Bench [options]
          --url URL         bot endpoint (default http://127.0.0.1:3978/api/messages)
          --also-url URL    another instance of the same bot (repeatable): each conversation's turns go
                            to the instances in turn, as a balancer without session affinity sends them
          --users N         concurrent virtual users (default 50)
          --duration S      measured seconds, after the warmup (default 20)
          --warmup S        seconds run but left out of the stats (default 20)
          --pid PID         bot process to sample memory and CPU of (Linux /proc); optional
          --label NAME      name printed with the results (default CoachBot)
          --channel ID      channelId of the activities sent (default emulator)
          --max-turns N     turns after which a conversation is cut off as "capped" (default 60)
          --json FILE       also write the results as JSON
          --turns-csv FILE  also write every measured turn (end time, latency, user, turn number) as CSV
        Or: CoachBot.Bench --compare COACHBOT.json PEER.json   (prints the ratio table)
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:3978/api/messages");
    /// <summary>Further instances sharing the bot's database; empty for one instance.</summary>
    public IReadOnlyList<Uri> AlsoUrls { get; init; } = [];
    /// <summary>Every instance, <see cref="Url"/> first.</summary>
    public IReadOnlyList<Uri> Urls => [Url, .. AlsoUrls];
    public int Users { get; init; } = 50;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(20);
    public int? BotPid { get; init; }
    public string Label { get; init; } = "CoachBot";
    public string ChannelId { get; init; } = "emulator";
    public int MaxTurnsPerConversation { get; init; } = 60;
    public string? JsonPath { get; init; }
    public string? TurnsCsvPath { get; init; }

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--url" => options with { Url = new Uri(Value(), UriKind.Absolute) },
                "--also-url" => options with { AlsoUrls = [.. options.AlsoUrls, new Uri(Value(), UriKind.Absolute)] },
                "--users" => options with { Users = PositiveInt(name, Value()) },
                "--duration" => options with { Duration = Seconds(name, Value(), allowZero: false) },
                "--warmup" => options with { Warmup = Seconds(name, Value(), allowZero: true) },
                "--pid" => options with { BotPid = PositiveInt(name, Value()) },
                "--label" => options with { Label = Value() },
                "--channel" => options with { ChannelId = Value() },
                "--max-turns" => options with { MaxTurnsPerConversation = PositiveInt(name, Value()) },
                "--json" => options with { JsonPath = Value() },
                "--turns-csv" => options with { TurnsCsvPath = Value() },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }
        return options;
    }

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} wants a positive whole number, got '{value}'");

    private static TimeSpan Seconds(string name, string value, bool allowZero) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && (s > 0 || (allowZero && s == 0))
            ? TimeSpan.FromSeconds(s)
            : throw new ArgumentException($"{name} wants a number of seconds, got '{value}'");
}
