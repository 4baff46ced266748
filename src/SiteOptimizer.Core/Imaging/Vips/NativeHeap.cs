using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// glibc's malloc, tuned for libvips on many threads. By default each thread that allocates may
/// get an arena of its own (up to 8 per core), and memory freed inside an arena is seldom given
/// back, so a long batch of large images grows the process without bound: the fragmentation
/// sharp's and libvips' documentation warn about (their advice: <c>MALLOC_ARENA_MAX=2</c>).
/// Worse, each large block freed raises glibc's threshold for giving blocks their own mapping
/// (up to 32 MB), so a decoded photo's pixels, once freed, make the next ones come from the
/// arenas, where they fragment: on a thousand photos that alone was about 100 MB of peak.
/// Elsewhere (macOS, musl) these calls are absent and nothing is done.
/// </summary>
internal static partial class NativeHeap
{
    private const string Libc = "libc.so.6";
    private const int ArenaMaxParameter = -8; // M_ARENA_MAX
    private const int MmapThresholdParameter = -3; // M_MMAP_THRESHOLD
    private const int MmapThreshold = 128 * 1024; // glibc's initial value, kept from moving
    private static bool s_available = OperatingSystem.IsLinux();

    /// <summary>
    /// At most two arenas, as if <c>MALLOC_ARENA_MAX=2</c> were set, and blocks of 128 KB or more
    /// in mappings of their own that go back to the system when freed, as if
    /// <c>MALLOC_MMAP_THRESHOLD_=131072</c> were (an explicit setting of either wins).
    /// </summary>
    public static void Tune()
    {
        if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null)
        {
            Call(() => mallopt(ArenaMaxParameter, 2));
        }
        if (Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is null)
        {
            Call(() => mallopt(MmapThresholdParameter, MmapThreshold));
        }
    }

    /// <summary>Gives the free memory at the top of each arena back to the system; call when a large job is done.</summary>
    public static void Trim() => Call(() => malloc_trim(0));

    private static void Call(Func<int> call)
    {
        if (!Volatile.Read(ref s_available))
        {
            return;
        }
        try
        {
            call();
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref s_available, false);
        }
    }

    [LibraryImport(Libc)]
    private static partial int mallopt(int parameter, int value);

    [LibraryImport(Libc)]
    private static partial int malloc_trim(nuint pad);
}
