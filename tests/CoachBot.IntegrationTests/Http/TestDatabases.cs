using System.Diagnostics;
using System.Globalization;

namespace CoachBot.IntegrationTests.Http;

/// <summary>
/// Where the test servers keep their SQLite files: a folder per test process, under one parent. A server
/// can't delete its file on dispose (a restart test reopens it), so each run clears away the folders of
/// runs that have ended instead, and at most the last run's files stay behind.
/// </summary>
internal static class TestDatabases
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "coachbot-tests");

    public static string Folder { get; } = CreateFolder();

    private static string CreateFolder()
    {
        if (Directory.Exists(Parent))
        {
            foreach (var folder in Directory.EnumerateDirectories(Parent))
            {
                if (int.TryParse(Path.GetFileName(folder), out var pid) && !IsRunning(pid))
                {
                    TryDelete(folder);
                }
            }
        }

        return Directory.CreateDirectory(Path.Combine(Parent, Environment.ProcessId.ToString(CultureInfo.InvariantCulture))).FullName;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still in use or already gone: the next run tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
