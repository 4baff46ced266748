using System.Diagnostics;
using NetVips;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// Starts libvips (through NetVips) once per process, set up for batch work: one libvips thread
/// per image, since the caller parallelises across images (<see cref="ImageBatch"/> gives more
/// for the last images of a batch), and no operation cache (each input is seen once).
/// </summary>
internal static class VipsRuntime
{
    private static readonly Lock s_gate = new();
    private static bool s_started;

    /// <summary>libvips' version as "major.minor.micro".</summary>
    public static string Version
    {
        get
        {
            EnsureStarted();
            return $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
        }
    }

    /// <summary>The file libvips was loaded from, once it is loaded.</summary>
    public static string? LoadedFrom
    {
        get
        {
            EnsureStarted();
            using var process = Process.GetCurrentProcess();
            return process.Modules.Cast<ProcessModule>()
                .FirstOrDefault(module => module.ModuleName.StartsWith("libvips", StringComparison.OrdinalIgnoreCase))?.FileName;
        }
    }

    public static void EnsureStarted()
    {
        if (Volatile.Read(ref s_started))
        {
            return;
        }
        lock (s_gate)
        {
            if (s_started)
            {
                return;
            }
            // Before libvips' first allocation: NetVips starts libvips when its module is first used.
            NativeHeap.Tune();
            if (!Started(out var reason))
            {
                throw new LibvipsNotFoundException(reason);
            }
            SilenceWarnings();
            NetVips.NetVips.Concurrency = 1;
            Cache.Max = 0;
            Volatile.Write(ref s_started, true);
        }
    }

    private static bool Started(out string reason)
    {
        try
        {
            reason = ModuleInitializer.Exception?.Message ?? "vips_init failed";
            return ModuleInitializer.VipsInitialized;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            reason = error.Message;
            return false;
        }
    }

    // libvips prints warnings such as "error in tile 0 x 624" for damaged images straight to
    // stderr, between siteopt's own lines; the failure itself reaches us as an exception
    // and becomes a diagnostic naming the file, so the stray lines are dropped.
    private static void SilenceWarnings() =>
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info, static (_, _, _) => { });

    /// <summary>Gives freed memory back to the system; call when a thread finishes a job.</summary>
    public static void ReturnFreedMemory() => NativeHeap.Trim();
}
