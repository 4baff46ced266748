using System.Security.Cryptography;
using System.Text;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Emit;

/// <summary>
/// Where a downloaded URL is written in a static mirror, so that any static host serves it
/// as is: <c>/</c> and <c>/a/</c> become <c>index.html</c> files, an extensionless page gets
/// <c>.html</c> (hosts serve <c>/a</c> from <c>a.html</c>, and the page's relative links still
/// resolve in the same folder), and a query becomes part of the name (<c>a@v=2.css</c>).
/// </summary>
internal static class MirrorPaths
{
    private const int MaxQueryLength = 40;
    private const int MaxSegmentBytes = 120;
    private const int MaxPathLength = 1024;

    public static string For(Uri url, string? contentType)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        else if (MediaTypes.IsHtml(contentType) && Path.GetExtension(path).ToLowerInvariant() is not (".html" or ".htm"))
        {
            path += ".html";
        }
        if (url.Query.Length > 1)
        {
            var extension = Path.GetExtension(path);
            path = path[..^extension.Length] + "@" + QueryName(url.Query[1..]) + extension;
        }
        var safe = string.Join('/', path.Split('/').Select(SafeSegment).Select(ShortSegment));
        // A path deeper than any file system takes is folded into one folder named by its hash.
        return safe.Length <= MaxPathLength ? safe : $"_deep/{Hash(safe)}/{safe[(safe.LastIndexOf('/') + 1)..]}";
    }

    /// <summary>Whether the mirror keeps the URL's own path, so references to it need no rewriting.</summary>
    public static bool KeepsUrlPath(Uri url, string mirrorPath)
    {
        var natural = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        return url.Query.Length <= 1 && (natural == mirrorPath || natural + "index.html" == mirrorPath);
    }

    private static string QueryName(string query)
    {
        var readable = SafeSegment(Uri.UnescapeDataString(query));
        return readable.Length <= MaxQueryLength
            ? readable
            : Hash(query);
    }

    // File systems take 255 bytes a name; room is left for a temporary suffix and a variant's "-1280w".
    private static string ShortSegment(string segment)
    {
        if (Encoding.UTF8.GetByteCount(segment) <= MaxSegmentBytes)
        {
            return segment;
        }
        var extension = Path.GetExtension(segment) is { Length: <= 10 } e ? e : "";
        var stem = segment[..^extension.Length];
        var keep = 0;
        while (keep < stem.Length && Encoding.UTF8.GetByteCount(stem.AsSpan(0, keep + 1)) <= MaxSegmentBytes / 2 && !char.IsHighSurrogate(stem[keep]))
        {
            keep++;
        }
        return $"{stem[..keep]}~{Hash(segment)}{extension}";
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    // Characters that some file systems or hosts refuse; ".." can never survive as a segment.
    private static string SafeSegment(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            builder.Append(c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\0' || char.IsControl(c) ? '_' : c);
        }
        var safe = builder.ToString();
        return safe is "." or ".." ? "_" + safe : safe;
    }
}
