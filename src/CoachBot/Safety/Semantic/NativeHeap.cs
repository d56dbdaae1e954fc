using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The C heap (glibc's malloc) that ONNX Runtime and SQLite allocate from, kept small. Both allocate from
/// whichever thread-pool thread runs a turn, and glibc gives threads their own arenas (up to 8 per core),
/// each keeping the memory it freed: under load that was 15–40 MiB of the process's RSS (bench/README.md,
/// "Memory"). Nothing happens off Linux or on a C library other than glibc.
/// </summary>
internal static class NativeHeap
{
    /// <summary>glibc's <c>M_ARENA_MAX</c> option of <c>mallopt</c>.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>Two arenas: threads share them, and a turn spends little of its time in malloc.</summary>
    private const int ArenaMax = 2;

    /// <summary>
    /// Caps the arenas before the host starts its threads: glibc fixes its limit when it first needs one
    /// arena more than it has, so this must run first (as <c>MALLOC_ARENA_MAX=2</c> in the environment would).
    /// </summary>
#pragma warning disable CA2255 // The application's own assembly: this must run before Main starts any thread.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void LimitArenas() => CallGlibc(() => MallOpt(ArenaMaxOption, ArenaMax));

    /// <summary>Returns the pages of freed blocks to the system: after the model's load buffers are freed, once.</summary>
    public static void ReturnFreedMemory() => CallGlibc(() => MallocTrim(0));

    private static void CallGlibc(Func<int> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (e.g. musl): nothing to ask.
        }
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code, and ints and a size need no marshalling.
    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int option, int value);

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
