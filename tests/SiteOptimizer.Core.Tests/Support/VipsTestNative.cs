using System.Runtime.InteropServices;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Tests.Support;

/// <summary>libvips calls only tests need: setting metadata and leak tracking.</summary>
internal static partial class VipsTestNative
{
    static VipsTestNative() => NativeLibrary.SetDllImportResolver(typeof(VipsTestNative).Assembly, VipsLibrary.Resolver);

    [LibraryImport(VipsNative.Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial void vips_image_set_int(nint image, string name, int value);

    [LibraryImport(VipsNative.Library)]
    private static partial void vips_leak_set(int leak);

    /// <summary>Makes libvips report objects still alive at shutdown.</summary>
    public static void EnableLeakChecks() => vips_leak_set(1);

    public static long TrackedMemory => (long)VipsNative.vips_tracked_get_mem();

    public static int TrackedAllocations => VipsNative.vips_tracked_get_allocs();

    public static void SetInt(VipsImage image, string name, int value)
    {
        vips_image_set_int(image.Handle.DangerousGetHandle(), name, value);
        GC.KeepAlive(image);
    }
}
