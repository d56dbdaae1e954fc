using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.IntegrationTests.Http;
using CoachBot.IntegrationTests.Teams;

namespace CoachBot.IntegrationTests.Deployment;

/// <summary>
/// deploy/Dockerfile, checked as far as can be without a Docker daemon: a multi-stage build whose last
/// stage is the ASP.NET Core runtime, runs as a non-root user, keeps its state in the one volume that user
/// owns, starts the assembly CoachBot builds, copies only files that exist and the ignore file lets
/// through, and has a HEALTHCHECK whose very command reports a running CoachBot as healthy and a dead one
/// as not.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string DockerfilePath = RepoTools.PathOf("deploy", "Dockerfile");

    [Fact]
    public void It_builds_in_stages_and_runs_the_published_coachbot_as_a_non_root_user_with_its_state_in_the_volume()
    {
        var instructions = Instructions(File.ReadAllText(DockerfilePath));
        var stages = instructions.Count(instruction => instruction.Keyword == "FROM");
        var last = instructions.SkipWhile((_, index) => index < instructions.FindLastIndex(instruction => instruction.Keyword == "FROM")).ToList();

        Assert.True(stages >= 2, "A multi-stage build: the SDK builds, the runtime runs.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", last[0].Arguments, StringComparison.Ordinal);
        var user = Assert.Single(last, instruction => instruction.Keyword == "USER").Arguments;
        Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
        Assert.Equal("${APP_UID}", user);

        // The entry point is the assembly this repository builds.
        var entryPoint = JsonSerializer.Deserialize<string[]>(Assert.Single(last, instruction => instruction.Keyword == "ENTRYPOINT").Arguments)!;
        Assert.Equal(["dotnet", $"{typeof(Program).Assembly.GetName().Name}.dll"], entryPoint);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, entryPoint[1])));

        // State lives in the volume, which the user owns: the rest of the file system can be read-only.
        var volume = Assert.Single(last, instruction => instruction.Keyword == "VOLUME").Arguments;
        var env = string.Join(' ', last.Where(instruction => instruction.Keyword == "ENV").Select(instruction => instruction.Arguments));
        Assert.Matches($@"CoachBot__Storage__Sqlite__Path={Regex.Escape(volume)}/", env);
        Assert.Contains(last, instruction => instruction.Keyword == "RUN" && instruction.Arguments.Contains($"chown ${{APP_UID}}:${{APP_UID}} {volume}", StringComparison.Ordinal));
        Assert.Contains("DOTNET_EnableDiagnostics=0", env, StringComparison.Ordinal);
        Assert.True(last.FindIndex(instruction => instruction.Keyword == "USER") > last.FindLastIndex(instruction => instruction.Keyword == "RUN"), "Nothing runs as root after USER.");
    }

    [Fact]
    public void Every_file_it_copies_exists_and_the_ignore_file_lets_it_through_but_never_a_database()
    {
        var instructions = Instructions(File.ReadAllText(DockerfilePath));
        var ignore = File.ReadAllLines(RepoTools.PathOf("deploy", "Dockerfile.dockerignore"))
            .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

        var sources = instructions.Where(instruction => instruction.Keyword == "COPY" && !instruction.Arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            var path = RepoTools.PathOf(source.TrimEnd('/'));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY {source}: no such file in the repository.");
            // A folder is let through when its sources are: its first C# file (not a build output) stands for them.
            var sent = Directory.Exists(path)
                ? Path.GetRelativePath(RepoTools.Root, Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories)
                    .First(file => !file.Contains("/obj/", StringComparison.Ordinal) && !file.Contains("/bin/", StringComparison.Ordinal))).Replace('\\', '/')
                : source;
            Assert.True(Included(ignore, sent), $"COPY {source}: Dockerfile.dockerignore leaves {sent} out.");
        });
        Assert.Equal("**", ignore[0]);
        Assert.All(new[] { "src/CoachBot/data/coachbot.db", "src/CoachBot/coachbot.db-wal", "src/CoachBot/bin/Release/net10.0/CoachBot.dll", "src/CoachBot/obj/project.assets.json", "src/CoachBot/data/keys/key-1.xml", "tests/CoachBot.Tests/CoachBot.Tests.csproj", "README.md" },
            path => Assert.False(Included(ignore, path), $"{path} would be sent to the build."));
    }

    [Fact]
    public async Task Its_healthcheck_command_says_a_running_coachbot_is_healthy_and_a_stopped_one_is_not()
    {
        var healthcheck = Assert.Single(Instructions(File.ReadAllText(DockerfilePath)), instruction => instruction.Keyword == "HEALTHCHECK").Arguments;
        var command = JsonSerializer.Deserialize<string[]>(healthcheck[(healthcheck.IndexOf("CMD [", StringComparison.Ordinal) + 4)..])!;
        Assert.Matches(@"--interval=\d+s --timeout=\d+s", healthcheck);
        Assert.Equal("bash", command[0]);

        await using var server = await CoachBotServer.StartAsync();
        var running = await Programs.RunAsync(command[0], command[1..], RepoTools.Root, new Dictionary<string, string> { ["COACHBOT_PORT"] = server.BaseAddress.Port.ToString() });
        var stopped = await Programs.RunAsync(command[0], command[1..], RepoTools.Root, new Dictionary<string, string> { ["COACHBOT_PORT"] = ClosedPort().ToString() });

        Assert.True(running.ExitCode == 0, running.ToString());
        Assert.NotEqual(0, stopped.ExitCode);
    }

    /// <summary>.dockerignore's rule: the last pattern that matches the path decides; <c>!</c> lets it in.</summary>
    private static bool Included(List<string> ignore, string path)
    {
        var included = true;
        foreach (var line in ignore)
        {
            var negated = line.StartsWith('!');
            var pattern = "^" + Regex.Escape(line.TrimStart('!').TrimEnd('/')).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "(/.*)?$";
            if (Regex.IsMatch(path, pattern))
            {
                included = negated;
            }
        }

        return included;
    }

    /// <summary>A loopback port nothing listens on: bound for a moment by the test, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Instruction(string Keyword, string Arguments);

    /// <summary>The Dockerfile's instructions, continuation lines joined and comments dropped.</summary>
    private static List<Instruction> Instructions(string dockerfile)
    {
        var joined = Continuation().Replace(dockerfile, " ");
        return [.. joined.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2)).Select(parts => new Instruction(parts[0].ToUpperInvariant(), parts.Length > 1 ? Spaces().Replace(parts[1].Trim(), " ") : ""))];
    }

    [GeneratedRegex(@"\\\r?\n\s*")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
