namespace SiteOptimizer.Pipeline;

/// <summary>Classifies site files by extension.</summary>
internal static class FileTypes
{
    public static FileType Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => FileType.Html,
        ".css" => FileType.Css,
        ".js" or ".mjs" => FileType.JavaScript,
        ".jpg" or ".jpeg" or ".jpe" or ".jfif" => FileType.Jpeg,
        ".png" => FileType.Png,
        ".gif" => FileType.Gif,
        ".webp" => FileType.WebP,
        ".avif" => FileType.Avif,
        ".svg" => FileType.Svg,
        ".woff2" or ".woff" or ".ttf" or ".otf" => FileType.Font,
        _ => FileType.Other,
    };

    /// <summary>A media type of a raster format the image optimizer handles (not SVG, not ICO).</summary>
    public static bool IsRasterMediaType(string? mediaType) => mediaType is "image/jpeg" or "image/png" or "image/gif" or "image/webp" or "image/avif";

    public static bool IsRaster(this FileType type) => type is FileType.Jpeg or FileType.Png or FileType.Gif or FileType.WebP or FileType.Avif;
}
