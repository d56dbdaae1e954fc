using System.Diagnostics;

namespace CoachBot.IntegrationTests.Deployment;

/// <summary>Runs a program to its end with the given environment, for the deployment tests (the Bicep CLI, bash).</summary>
internal static class Programs
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
    }

    /// <param name="timeout">Generous: the machine is shared; a program that hangs fails the test rather than the run.</param>
    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{program} {string.Join(' ', arguments)}' did not finish in time.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
