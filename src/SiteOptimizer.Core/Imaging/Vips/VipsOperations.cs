using NetVips;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// The libvips operations SiteOptimizer calls by name through NetVips: loaders and savers
/// chosen per format, with their settings as libvips option text (<c>"Q=80,keep=icc"</c>),
/// which libvips checks and rejects with a message when a name or value is wrong.
/// </summary>
internal static class VipsOperations
{
    /// <summary>The nickname of the loader libvips would pick for these bytes (e.g. <c>pngload_buffer</c>), or null.</summary>
    public static string? FindLoader(ReadOnlySpan<byte> bytes)
    {
        VipsRuntime.EnsureStarted();
        // NetVips gives the class name (VipsForeignLoadJpegBuffer); the format tables use nicknames.
        return Image.FindLoadBuffer(bytes) is { } className ? NetVips.NetVips.NicknameFind(NetVips.NetVips.TypeFromName(className)) : null;
    }

    /// <summary>Loads with the given loader; <paramref name="options"/> like <c>"access=sequential,n=-1"</c>.</summary>
    public static Image Load(string loader, ReadOnlySpan<byte> bytes, string options = "")
    {
        VipsRuntime.EnsureStarted();
        return (Image)Operation.Call(loader, Options(options), bytes.ToArray());
    }

    /// <summary>
    /// Decodes and shrinks to at most <paramref name="width"/> pixels wide, never enlarging,
    /// applying the EXIF orientation; shrink-on-load makes this much cheaper than load + resize.
    /// </summary>
    public static Image Thumbnail(byte[] bytes, int width, string loaderOptions = "")
    {
        VipsRuntime.EnsureStarted();
        return Image.ThumbnailBuffer(bytes, width, loaderOptions, height: 10_000_000, size: Enums.Size.Down);
    }

    /// <summary>Runs a <c>*save_buffer</c> operation and returns the encoded bytes.</summary>
    public static byte[] Save(string saver, Image image, string options)
    {
        VipsRuntime.EnsureStarted();
        return (byte[])Operation.Call(saver, Options(options), image);
    }

    private static VOption Options(string options) => new() { { "string_options", options } };
}
