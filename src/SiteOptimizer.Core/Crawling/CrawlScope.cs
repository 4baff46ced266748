using Microsoft.Extensions.FileSystemGlobbing;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Crawling;

/// <summary>Decides what the crawl fetches: its own origin, within the page and depth limits and the include/exclude globs.</summary>
internal sealed class CrawlScope(CrawlOptions options)
{
    private readonly Matcher? _include = Globs(options.Include);
    private readonly Matcher? _exclude = Globs(options.Exclude);

    /// <summary>Why <paramref name="node"/> is recorded but not fetched, or null to fetch it. Counts pages.</summary>
    public string? SkipReason(CrawlNode node, ref int pages)
    {
        if (node.IsCrossOrigin)
        {
            return node.IsPage ? "another site: links are recorded, not crawled"
                : options.DownloadCrossOrigin ? null
                : "cross-origin: recorded, not downloaded (set crawl.downloadCrossOrigin to self-host it)";
        }
        if (!node.IsPage)
        {
            return null;
        }
        if (node.PageDepth > options.MaxDepth)
        {
            return $"more than crawl.maxDepth ({options.MaxDepth}) links from an entry page";
        }
        if (!Includes(node.Url))
        {
            return "left out by crawl.include / crawl.exclude";
        }
        return Interlocked.Increment(ref pages) > options.MaxPages ? $"beyond crawl.maxPages ({options.MaxPages})" : null;
    }

    /// <summary>Whether a page URL passes the include and exclude globs (matched against its path, <c>/</c>-relative).</summary>
    public bool Includes(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        return (_include is null || _include.Match(path).HasMatches) && (_exclude is null || !_exclude.Match(path).HasMatches);
    }

    /// <summary>A link target that is probably a page, judging by its path (no extension, or an HTML-ish one).</summary>
    public static bool LooksLikePage(Uri url)
    {
        var extension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        return extension is "" or ".html" or ".htm" or ".xhtml" or ".php" or ".asp" or ".aspx" or ".jsp" || url.AbsolutePath.EndsWith('/');
    }

    /// <summary>The resource type a linked file's extension suggests.</summary>
    public static ResourceType TypeFromPath(Uri url, ResourceType fallback) => Pipeline.FileTypes.Of(url.AbsolutePath) switch
    {
        Pipeline.FileType.Jpeg or Pipeline.FileType.Png or Pipeline.FileType.Gif or Pipeline.FileType.WebP or Pipeline.FileType.Avif or Pipeline.FileType.Svg => ResourceType.Image,
        Pipeline.FileType.Css => ResourceType.Stylesheet,
        Pipeline.FileType.JavaScript => ResourceType.Script,
        Pipeline.FileType.Font => ResourceType.Font,
        _ => fallback == ResourceType.Document ? ResourceType.Other : fallback,
    };

    private static Matcher? Globs(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return null;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in patterns)
        {
            matcher.AddInclude(pattern.TrimStart('/'));
        }
        return matcher;
    }
}
