namespace SiteOptimizer.Sources;

/// <summary>Media types by file extension, for files served from a folder.</summary>
internal static class MediaTypes
{
    public static string? ForPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".css" => "text/css",
        ".js" or ".mjs" => "text/javascript",
        ".json" => "application/json",
        ".webmanifest" => "application/manifest+json",
        ".xml" => "application/xml",
        ".txt" => "text/plain",
        ".jpg" or ".jpeg" or ".jpe" or ".jfif" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".svg" => "image/svg+xml",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        ".otf" => "font/otf",
        ".mp4" => "video/mp4",
        ".webm" => "video/webm",
        ".pdf" => "application/pdf",
        _ => null,
    };

    public static bool IsHtml(string? mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    public static bool IsCss(string? mediaType) => mediaType is "text/css";

    public static bool IsJavaScript(string? mediaType) => mediaType is "text/javascript" or "application/javascript" or "application/x-javascript" or "module";
}
