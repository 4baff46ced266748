using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// The fixed-signature part of the libvips and GLib C API (see LIBVIPS.md): no variadic
/// function is ever called. Every symbol comes from one library, found by <see cref="VipsLibrary"/>.
/// </summary>
internal static partial class VipsNative
{
    public const string Library = "siteoptimizer-libvips";

    static VipsNative() => NativeLibrary.SetDllImportResolver(typeof(VipsNative).Assembly, VipsLibrary.Resolver);

    /// <summary>Runs the static constructor, which installs the library resolver.</summary>
    public static void EnsureResolver() { }

    // Start-up, threads, cache, leak tracking.
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_init(string argv0);

    [LibraryImport(Library)]
    public static partial int vips_version(int flag);

    [LibraryImport(Library)]
    public static partial void vips_concurrency_set(int concurrency);

    [LibraryImport(Library)]
    public static partial void vips_cache_set_max(int max);

    [LibraryImport(Library)]
    public static partial nuint vips_tracked_get_mem();

    [LibraryImport(Library)]
    public static partial int vips_tracked_get_allocs();

    [LibraryImport(Library)]
    public static partial void vips_thread_shutdown();

    [LibraryImport(Library)]
    public static partial nint vips_error_buffer_copy();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial uint g_log_set_handler(string domain, int levels, delegate* unmanaged<nint, int, nint, nint, void> handler, nint data);

    // GLib memory and objects.
    [LibraryImport(Library)]
    public static partial nint g_malloc(nuint size);

    [LibraryImport(Library)]
    public static partial void g_free(nint memory);

    [LibraryImport(Library)]
    public static partial nint g_object_ref(nint instance);

    [LibraryImport(Library)]
    public static partial void g_object_unref(nint instance);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void g_object_set_property(nint instance, string name, ref GValue value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void g_object_get_property(nint instance, string name, ref GValue value);

    // GValue.
    [LibraryImport(Library)]
    public static partial nint g_value_init(ref GValue value, nint type);

    [LibraryImport(Library)]
    public static partial void g_value_unset(ref GValue value);

    [LibraryImport(Library)]
    public static partial void g_value_set_int(ref GValue value, int number);

    [LibraryImport(Library)]
    public static partial int g_value_get_int(ref GValue value);

    [LibraryImport(Library)]
    public static partial void g_value_set_double(ref GValue value, double number);

    [LibraryImport(Library)]
    public static partial double g_value_get_double(ref GValue value);

    [LibraryImport(Library)]
    public static partial void g_value_set_boolean(ref GValue value, int flag);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void g_value_set_string(ref GValue value, string text);

    [LibraryImport(Library)]
    public static partial void g_value_set_object(ref GValue value, nint instance);

    [LibraryImport(Library)]
    public static partial nint g_value_get_object(ref GValue value);

    [LibraryImport(Library)]
    public static partial nint vips_image_get_type();

    [LibraryImport(Library)]
    public static partial nint vips_blob_get_type();

    [LibraryImport(Library)]
    public static partial int vips_value_set_blob_free(ref GValue value, nint data, nuint length);

    [LibraryImport(Library)]
    public static partial nint vips_value_get_blob(ref GValue value, out nuint length);

    // Operations.
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint vips_operation_new(string name);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_object_set_from_string(nint instance, string options);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_object_get_argument(nint instance, string name, out nint paramSpec, out nint argumentClass, out nint argumentInstance);

    [LibraryImport(Library)]
    public static partial nint vips_cache_operation_build(nint operation);

    [LibraryImport(Library)]
    public static partial void vips_object_unref_outputs(nint operation);

    [LibraryImport(Library)]
    public static partial nint vips_foreign_find_load_buffer(nint data, nuint size);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint g_type_from_name(string name);

    [LibraryImport(Library)]
    public static partial nint vips_nickname_find(nint type);

    // Images.
    [LibraryImport(Library)]
    public static partial int vips_image_get_width(nint image);

    [LibraryImport(Library)]
    public static partial int vips_image_get_height(nint image);

    [LibraryImport(Library)]
    public static partial int vips_image_get_bands(nint image);

    [LibraryImport(Library)]
    public static partial int vips_image_hasalpha(nint image);

    [LibraryImport(Library)]
    public static partial int vips_image_get_n_pages(nint image);

    [LibraryImport(Library)]
    public static partial int vips_image_get_page_height(nint image);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint vips_image_get_typeof(nint image, string name);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_image_get_int(nint image, string name, out int value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int vips_image_get_string(nint image, string name, out nint value);

    [LibraryImport(Library)]
    public static partial nint vips_image_copy_memory(nint image);
}
