using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The C heap (glibc's malloc) that ONNX Runtime, SQLite and the JIT allocate from, kept small. They allocate
/// from whichever thread-pool thread runs a turn, glibc gives threads arenas of their own (up to 8 per core),
/// and each arena keeps the memory it freed: under load that was 40–50 MiB of the process's RSS
/// (bench/README.md, "Memory"). <see cref="Memory.NativeHeapTrimmer"/> returns those pages every second with
/// <see cref="ReturnFreedMemory"/>. Nothing happens off Linux or on a C library other than glibc.
/// </summary>
internal static class NativeHeap
{
    /// <summary>glibc's <c>M_ARENA_MAX</c> option of <c>mallopt</c>.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>Two arenas: threads share them, and a turn spends little of its time in malloc.</summary>
    private const int ArenaMax = 2;

    /// <summary>
    /// Caps the arenas made from here on. The runtime's own threads have made several before any managed code
    /// runs (seven were in use under the bench's load), so this is not what <c>MALLOC_ARENA_MAX</c> in the
    /// environment does from the process's start; measured, a cap of one set here lowered nothing, the trim did.
    /// </summary>
#pragma warning disable CA2255 // The application's own assembly: this must run before Main starts any thread.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void LimitArenas() => CallGlibc(() => MallOpt(ArenaMaxOption, ArenaMax));

    /// <summary>Returns the whole pages of every arena's freed blocks to the system (<c>malloc_trim</c>).</summary>
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
