using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>The libvips operations SiteOptimizer uses, each a few lines over <see cref="VipsOperation"/>.</summary>
internal static class VipsOperations
{
    /// <summary>The nickname of the loader libvips would pick for these bytes (e.g. <c>pngload_buffer</c>), or null.</summary>
    public static unsafe string? FindLoader(ReadOnlySpan<byte> bytes)
    {
        VipsRuntime.EnsureStarted();
        fixed (byte* data = bytes)
        {
            var className = VipsNative.vips_foreign_find_load_buffer((nint)data, (nuint)bytes.Length);
            if (className == 0)
            {
                VipsRuntime.TakeErrorText();
                return null;
            }
            // The class name (VipsForeignLoadJpegBuffer) to the operation's nickname (jpegload_buffer).
            var type = VipsNative.g_type_from_name(Marshal.PtrToStringUTF8(className)!);
            return Marshal.PtrToStringUTF8(VipsNative.vips_nickname_find(type));
        }
    }

    /// <summary>Loads with the given loader; <paramref name="options"/> like <c>"access=sequential,n=-1"</c>.</summary>
    public static VipsImage Load(string loader, ReadOnlySpan<byte> bytes, string options = "")
    {
        using var operation = new VipsOperation(loader).SetBlob("buffer", bytes).SetOptions(options).Build();
        return operation.GetImage("out");
    }

    /// <summary>
    /// Decodes and shrinks to at most <paramref name="width"/> pixels wide, never enlarging,
    /// applying the EXIF orientation; shrink-on-load makes this much cheaper than load + resize.
    /// </summary>
    public static VipsImage Thumbnail(ReadOnlySpan<byte> bytes, int width, string loaderOptions = "")
    {
        using var operation = new VipsOperation("thumbnail_buffer")
            .SetBlob("buffer", bytes)
            .Set("width", width)
            .Set("height", 10_000_000)
            .SetOptions("size=down");
        if (loaderOptions.Length > 0)
        {
            operation.Set("option_string", loaderOptions);
        }
        return operation.Build().GetImage("out");
    }

    /// <summary>Shrinks an image already in memory to at most <paramref name="width"/> pixels wide, never enlarging.</summary>
    public static VipsImage ThumbnailImage(VipsImage image, int width)
    {
        using var operation = new VipsOperation("thumbnail_image")
            .Set("in", image)
            .Set("width", width)
            .Set("height", 10_000_000)
            .SetOptions("size=down");
        return operation.Build().GetImage("out");
    }

    public static VipsImage Unary(string name, VipsImage image, string options = "")
    {
        using var operation = new VipsOperation(name).Set("in", image).SetOptions(options).Build();
        return operation.GetImage("out");
    }

    public static VipsImage Binary(string name, VipsImage left, VipsImage right)
    {
        using var operation = new VipsOperation(name).Set("left", left).Set("right", right).Build();
        return operation.GetImage("out");
    }

    /// <summary>Runs a <c>*save_buffer</c> operation and returns the encoded bytes.</summary>
    public static byte[] Save(string saver, VipsImage image, string options)
    {
        using var operation = new VipsOperation(saver).Set("in", image).SetOptions(options).Build();
        return operation.GetBlob("buffer");
    }

    /// <summary>The mean of all pixels in all bands (<c>avg</c>), or their maximum (<c>max</c>).</summary>
    public static double Statistic(string name, VipsImage image)
    {
        using var operation = new VipsOperation(name).Set("in", image).Build();
        return operation.GetDouble("out");
    }
}
