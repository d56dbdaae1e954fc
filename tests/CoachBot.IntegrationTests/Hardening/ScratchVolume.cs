using System.Diagnostics;

namespace CoachBot.IntegrationTests.Hardening;

/// <summary>
/// A small tmpfs the test mounts for itself, to fill up for real. Mounting needs root (or sudo without a
/// password); where neither is there, the tests that need one are skipped, saying why.
/// </summary>
public sealed class ScratchVolume : IDisposable
{
    private ScratchVolume(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why a volume cannot be mounted here, or null when it can.</summary>
    public static string? Unavailable { get; } = FindWhyUnavailable();

    public static ScratchVolume Mount(int megabytes)
    {
        var path = Directory.CreateTempSubdirectory("coachbot-volume-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0755", "tmpfs", path);
        return new ScratchVolume(path);
    }

    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Writes a file until the volume has <paramref name="leaveFree"/> bytes left (0: until it is full).</summary>
    public string Fill(long leaveFree, string name = "filler")
    {
        var file = System.IO.Path.Combine(Path, name);
        var chunk = new byte[64 * 1024];
        using var stream = new FileStream(file, FileMode.Append, FileAccess.Write);
        try
        {
            while (FreeBytes > leaveFree + chunk.Length)
            {
                stream.Write(chunk);
                stream.Flush();
            }

            if (leaveFree == 0)
            {
                while (true)
                {
                    stream.Write(chunk, 0, 4096);
                    stream.Flush();
                }
            }
        }
        catch (IOException)
        {
            // Full.
        }

        return file;
    }

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Path);
            Directory.Delete(Path);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            // Left mounted in a temp folder; the machine's next boot clears it.
        }
    }

    private static string? FindWhyUnavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "Mounting a tmpfs needs Linux.";
        }

        try
        {
            using var probe = Mount(1);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"Mounting a tmpfs is not possible here (needs root or passwordless sudo): {exception.Message}";
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";
        var start = new ProcessStartInfo(asRoot ? command : "sudo") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (!asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(command);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed ({process.ExitCode}): {error.Trim()}");
        }
    }
}

/// <summary>A test on a volume of its own: skipped, with the reason, where none can be mounted.</summary>
public sealed class VolumeFactAttribute : FactAttribute
{
    public VolumeFactAttribute()
    {
        if (ScratchVolume.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
