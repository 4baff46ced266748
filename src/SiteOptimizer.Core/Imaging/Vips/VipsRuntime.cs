using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// Starts libvips once per process, set up for batch work: one libvips thread per image
/// (the caller parallelises across images) and no operation cache (each input is seen once).
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
            return $"{VipsNative.vips_version(0)}.{VipsNative.vips_version(1)}.{VipsNative.vips_version(2)}";
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
            NativeHeap.Tune();
            VipsNative.EnsureResolver();
            if (VipsNative.vips_init("siteopt") != 0)
            {
                throw VipsException.FromErrorBuffer("vips_init failed");
            }
            SilenceWarnings();
            VipsNative.vips_concurrency_set(1);
            VipsNative.vips_cache_set_max(0);
            Volatile.Write(ref s_started, true);
        }
    }

    // libvips prints warnings such as "error in tile 0 x 624" for damaged images straight to
    // stderr, between siteopt's own lines; the failure itself reaches us through the error
    // buffer and becomes a diagnostic naming the file, so the stray lines are dropped.
    private static unsafe void SilenceWarnings()
    {
        const int warningMessageInfo = (1 << 4) | (1 << 5) | (1 << 6);
        VipsNative.g_log_set_handler("VIPS", warningMessageInfo, &IgnoreLogMessage, 0);
    }

    [UnmanagedCallersOnly]
    private static void IgnoreLogMessage(nint domain, int level, nint message, nint data)
    {
    }

    /// <summary>Copies and clears libvips' global error buffer in one locked step.</summary>
    public static string TakeErrorText()
    {
        var copy = VipsNative.vips_error_buffer_copy();
        if (copy == 0)
        {
            return "";
        }
        try
        {
            return Marshal.PtrToStringUTF8(copy) ?? "";
        }
        finally
        {
            VipsNative.g_free(copy);
        }
    }

    /// <summary>Frees libvips' per-thread buffers, and gives freed memory back; call when a thread finishes a job.</summary>
    public static void ReleaseThreadBuffers()
    {
        VipsNative.vips_thread_shutdown();
        NativeHeap.Trim();
    }
}
