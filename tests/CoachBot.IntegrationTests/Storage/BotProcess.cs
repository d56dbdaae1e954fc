using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>
/// A CoachBot process of its own (the built CoachBot.dll, as deployed), on a PostgreSQL schema shared
/// with other such processes: several instances behind a load balancer, one of which a test may kill.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process process;

    private BotProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the bot on a free loopback port and returns once it listens (it says where on its console).</summary>
    /// <param name="settings">More configuration (<c>CoachBot:FollowUps:PollInterval</c>…), passed as environment variables.</param>
    public static async Task<BotProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CoachBot.dll"), "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["DOTNET_ENVIRONMENT"] = "Testing",
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["CoachBot__Storage__Provider"] = "Postgres",
                ["CoachBot__Storage__Postgres__ConnectionString"] = TestPostgres.ConnectionString(databasePath, maxPoolSize: 30),
                // One test client speaks for many people: the per-client and per-conversation limits are not under test.
                ["CoachBot__RateLimits__ClientBurst"] = "0",
                ["CoachBot__RateLimits__ConversationBurst"] = "0",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                // Keep reading, so a full pipe never blocks the bot.
                _ = process.StandardOutput.ReadToEndAsync();
                return new BotProcess(process, new Uri(match.Groups[1].Value));
            }
        }

        await process.WaitForExitAsync();
        throw new InvalidOperationException($"CoachBot exited ({process.ExitCode}) before listening: {await errors}");
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Kills the process at once, as a crash or an evicted container would end it: no shutdown, no goodbye to the database.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
