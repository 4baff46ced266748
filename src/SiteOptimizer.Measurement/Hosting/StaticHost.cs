using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.StaticFiles;

namespace SiteOptimizer.Measurement.Hosting;

/// <summary>
/// Serves a site folder the way common static hosts do (nginx with <c>brotli_static</c> and
/// <c>gzip_static</c>, Netlify, Cloudflare Pages): a precompressed <c>.br</c> or <c>.gz</c>
/// sibling when the site has one and the browser accepts it, otherwise text compressed with gzip
/// on the fly, and everything else as stored. So the site before optimization gets the gzip any
/// host would give it, and the optimized site gets the siblings siteopt wrote for it.
/// </summary>
internal sealed class StaticHost(string root)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
    private readonly ConcurrentDictionary<string, Task<byte[]>> _gzipped = new(StringComparer.Ordinal);

    /// <summary>The response for a URL path, or null when there is no such file (404).</summary>
    public async Task<SiteResponse?> ResolveAsync(string urlPath, string acceptEncoding, CancellationToken cancellationToken)
    {
        if (FileFor(urlPath) is not { } file)
        {
            return null;
        }
        var contentType = ContentTypeOf(file);
        foreach (var (encoding, extension) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (Accepts(acceptEncoding, encoding) && File.Exists(file + extension))
            {
                return new SiteResponse(contentType, encoding, await File.ReadAllBytesAsync(file + extension, cancellationToken).ConfigureAwait(false));
            }
        }
        if (Accepts(acceptEncoding, "gzip") && IsText(contentType))
        {
            var gzipped = await _gzipped.GetOrAdd(file, GzipAsync).WaitAsync(cancellationToken).ConfigureAwait(false);
            return new SiteResponse(contentType, "gzip", gzipped);
        }
        return new SiteResponse(contentType, null, await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
    }

    private string? FileFor(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(_root, relative));
        if (!file.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }
        return File.Exists(file) ? file : null;
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
    }

    private static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal)
        || contentType.StartsWith("application/javascript", StringComparison.Ordinal)
        || contentType.StartsWith("application/json", StringComparison.Ordinal)
        || contentType.StartsWith("image/svg+xml", StringComparison.Ordinal)
        || contentType.StartsWith("application/manifest+json", StringComparison.Ordinal);

    private static bool Accepts(string acceptEncoding, string encoding) =>
        acceptEncoding.Split(',').Any(part => part.Split(';')[0].Trim().Equals(encoding, StringComparison.OrdinalIgnoreCase));

    private static async Task<byte[]> GzipAsync(string file)
    {
        // Level 6, the usual on-the-fly setting (nginx gzip_comp_level 6; zlib's default).
        var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            await gzip.WriteAsync(bytes).ConfigureAwait(false);
        }
        return compressed.ToArray();
    }
}
