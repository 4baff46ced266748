using SiteOptimizer.Emit;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>Finds more entry pages in the site's sitemaps: <c>/sitemap.xml</c> and those robots.txt names.</summary>
internal sealed class SitemapDiscovery(
    Uri root,
    Func<Uri, CancellationToken, Task<FetchResult>> fetch,
    CrawlScope scope,
    Func<Uri, CancellationToken, Task<RobotsPolicy>> robotsFor)
{
    private const int MaxSitemaps = 20;

    public async Task<IReadOnlyList<Uri>> EntryPagesAsync(CancellationToken cancellationToken)
    {
        var robots = await robotsFor(root, cancellationToken).ConfigureAwait(false);
        var queue = new Queue<Uri>(robots.Sitemaps
            .Select(s => UrlKey.Resolve(root, s))
            .OfType<Uri>()
            .Prepend(new Uri(root, "/sitemap.xml")));
        var seen = new HashSet<Uri>();
        var pages = new List<Uri>();
        while (queue.TryDequeue(out var sitemap) && seen.Count < MaxSitemaps)
        {
            if (!seen.Add(sitemap) || !UrlKey.SameOrigin(sitemap, root))
            {
                continue;
            }
            var response = await fetch(sitemap, cancellationToken).ConfigureAwait(false);
            if (!response.Succeeded)
            {
                continue;
            }
            var (urls, isIndex) = SitemapReader.Read(response.Body);
            // A built site's sitemap lists its pages at its production address.
            var own = SiteOrigins.Current;
            foreach (var url in urls.Select(u => UrlKey.Resolve(sitemap, u)).OfType<Uri>().Select(u => own.Localize(u, root)).Where(u => UrlKey.SameOrigin(u, root)))
            {
                if (isIndex)
                {
                    queue.Enqueue(url);
                }
                else if (scope.Includes(url))
                {
                    pages.Add(url);
                }
            }
        }
        return pages;
    }
}
