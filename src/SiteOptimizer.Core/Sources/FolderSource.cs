namespace SiteOptimizer.Sources;

/// <summary>
/// A built site on disk, served the way static hosts serve it: <c>/a/</c> is <c>a/index.html</c>,
/// <c>/a</c> is the file <c>a</c>, else <c>a.html</c>, else <c>a/index.html</c>. Nothing outside
/// the root is ever read, whatever the URL says, and links that lead out of the root are refused.
/// </summary>
internal sealed class FolderSource : ISiteSource
{
    /// <summary>The made-up origin folder URLs live under (<c>.invalid</c> is reserved: it never resolves).</summary>
    public static readonly Uri SyntheticRoot = new("http://site.invalid/");

    private readonly string _root;

    public FolderSource(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    public Uri Root => SyntheticRoot;

    /// <summary>The file a URL maps to, or null when none exists inside the root.</summary>
    public string? FileFor(Uri url)
    {
        if (!string.Equals(url.Authority, SyntheticRoot.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        string[] candidates = path.Length == 0 || path.EndsWith('/')
            ? [path + "index.html"]
            : [path, path + ".html", path + "/index.html"];
        return candidates.Select(Inside).FirstOrDefault(File.Exists);
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var file = FileFor(url);
        if (file is null)
        {
            return FetchResult.Failed(url, 404, "no such file in the site folder");
        }
        try
        {
            var type = MediaTypes.ForPath(file);
            if (!MayLeadFurther(type))
            {
                // An image, a font, a video: the graph needs its size only, and a thousand
                // photos read for nothing would be the crawl's whole memory.
                return new FetchResult(url, url, 200, type, [], null, 1) { Length = new FileInfo(file).Length };
            }
            var body = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            return new FetchResult(url, url, 200, type, body, null, 1);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return FetchResult.Failed(url, 0, "cannot read " + Path.GetRelativePath(_root, file) + ": " + error.Message);
        }
    }

    // What the crawl reads for references (pages, stylesheets, scripts, sitemaps, robots.txt) or cannot tell.
    private static bool MayLeadFurther(string? type) =>
        type is null || MediaTypes.IsHtml(type) || MediaTypes.IsCss(type) || MediaTypes.IsJavaScript(type)
        || type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal);

    // A path that climbs out of the root (../, an absolute path, a link to elsewhere) maps to nothing.
    private string Inside(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!IsUnderRoot(full))
        {
            return "";
        }
        if (!File.Exists(full))
        {
            return "";
        }
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is null || IsUnderRoot(Path.GetFullPath(target)) ? full : "";
    }

    private bool IsUnderRoot(string full) => full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public void Dispose()
    {
    }
}
