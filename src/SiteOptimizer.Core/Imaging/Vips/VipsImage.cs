using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>A libvips image (often lazy: pixels are computed when it is saved or measured).</summary>
internal sealed class VipsImage(VipsImageHandle handle) : IDisposable
{
    public VipsImageHandle Handle { get; } = handle;

    private nint Pointer => Handle.DangerousGetHandle();

    public int Width => Read(VipsNative.vips_image_get_width);

    /// <summary>Height of the whole strip: for an animation, all frames stacked.</summary>
    public int Height => Read(VipsNative.vips_image_get_height);

    /// <summary>Height of one frame (equals <see cref="Height"/> for a still image).</summary>
    public int PageHeight => Read(VipsNative.vips_image_get_page_height);

    public int Bands => Read(VipsNative.vips_image_get_bands);

    public bool HasAlpha => Read(VipsNative.vips_image_hasalpha) != 0;

    public int Pages => Read(VipsNative.vips_image_get_n_pages);

    /// <summary>The EXIF orientation (1–8), 1 when there is none.</summary>
    public int Orientation => Has("orientation") && VipsNative.vips_image_get_int(Pointer, "orientation", out var value) == 0 ? value : 1;

    /// <summary>The name of the loader that made this image, e.g. <c>jpegload_buffer</c>.</summary>
    public string? Loader => Has("vips-loader") && VipsNative.vips_image_get_string(Pointer, "vips-loader", out var text) == 0
        ? Marshal.PtrToStringUTF8(text)
        : null;

    public bool Has(string field) => VipsNative.vips_image_get_typeof(Pointer, field) != 0;

    /// <summary>Renders the image into memory so it can be encoded more than once.</summary>
    public VipsImage CopyMemory()
    {
        var copy = VipsNative.vips_image_copy_memory(Pointer);
        GC.KeepAlive(this);
        return copy == 0 ? throw VipsException.FromErrorBuffer("copy to memory failed") : new VipsImage(VipsImageHandle.Own(copy));
    }

    public void Dispose() => Handle.Dispose();

    private int Read(Func<nint, int> field)
    {
        var value = field(Pointer);
        GC.KeepAlive(this);
        return value;
    }
}
