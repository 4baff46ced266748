namespace SiteOptimizer.Imaging;

/// <summary>How an <see cref="ImageFormat"/> is named by libvips, in file names and on the web.</summary>
internal static class ImageFormatNames
{
    /// <summary>The format a libvips loader reads, or null for one we leave alone (SVG, TIFF, PDF…).</summary>
    public static ImageFormat? FromLoader(string? loader) => loader switch
    {
        "jpegload_buffer" => ImageFormat.Jpeg,
        "pngload_buffer" => ImageFormat.Png,
        "webpload_buffer" => ImageFormat.WebP,
        "gifload_buffer" => ImageFormat.Gif,
        "heifload_buffer" => ImageFormat.Avif,
        _ => null,
    };

    public static string Loader(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpegload_buffer",
        ImageFormat.Png => "pngload_buffer",
        ImageFormat.WebP => "webpload_buffer",
        ImageFormat.Gif => "gifload_buffer",
        _ => "heifload_buffer",
    };

    public static string Saver(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpegsave_buffer",
        ImageFormat.Png => "pngsave_buffer",
        ImageFormat.WebP => "webpsave_buffer",
        ImageFormat.Gif => "gifsave_buffer",
        _ => "heifsave_buffer",
    };

    public static string Extension(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Png => ".png",
        ImageFormat.WebP => ".webp",
        ImageFormat.Gif => ".gif",
        _ => ".avif",
    };

    public static string MediaType(this ImageFormat format) => "image/" + format switch
    {
        ImageFormat.Jpeg => "jpeg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        ImageFormat.Gif => "gif",
        _ => "avif",
    };

    /// <summary>Whether the format can hold an animation.</summary>
    public static bool CanAnimate(this ImageFormat format) => format is ImageFormat.WebP or ImageFormat.Gif;
}
