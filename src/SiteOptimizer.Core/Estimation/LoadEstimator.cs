using SiteOptimizer.Crawling;
using SiteOptimizer.Discovery;
using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Graph;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Estimation;

/// <summary>
/// Estimates how fast each page of a site loads before and after optimization, by simulating
/// each page load in both folders (a discrete-event model of connections, TCP slow start,
/// shared bandwidth, Chrome's priorities and discovery rules, render blocking and CPU work), and
/// which kind of change the LCP saving came from. Stateless and thread-safe.
/// </summary>
public sealed class LoadEstimator
{
    private readonly int _aboveTheFoldImages;
    private readonly ModelConstants _constants;

    /// <summary>Creates an estimator that places the fold as the rewriter does by default.</summary>
    public LoadEstimator()
        : this(new HintsOptions().AboveTheFoldImages)
    {
    }

    /// <summary>Creates an estimator that counts <paramref name="aboveTheFoldImages"/> content images as above the fold (hints.aboveTheFoldImages).</summary>
    public LoadEstimator(int aboveTheFoldImages)
        : this(aboveTheFoldImages, ModelConstants.Default)
    {
    }

    internal LoadEstimator(int aboveTheFoldImages, ModelConstants constants)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aboveTheFoldImages);
        _aboveTheFoldImages = aboveTheFoldImages;
        _constants = constants;
    }

    /// <summary>
    /// Simulates every page found in both folders (crawled from their index pages, as a browser
    /// would reach them) loading on <paramref name="profile"/>, before and after.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">A folder does not exist.</exception>
    public async Task<SiteEstimate> EstimateAsync(string beforeFolder, string afterFolder, NetworkProfile profile, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(beforeFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(afterFolder);
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var folder in new[] { beforeFolder, afterFolder })
        {
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The site folder '{folder}' does not exist.");
            }
        }
        var beforePages = await PagesAsync(beforeFolder, ct).ConfigureAwait(false);
        var afterPages = await PagesAsync(afterFolder, ct).ConfigureAwait(false);
        var pages = beforePages.Where(p => afterPages.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var before = new SiteFiles(beforeFolder);
        var after = new SiteFiles(afterFolder);
        var comparison = new PageComparison(before, after, profile, _constants, _aboveTheFoldImages);
        var estimates = await Task.Run(() => pages.Select(p => { ct.ThrowIfCancellationRequested(); return comparison.Estimate(p.Key, p.Value, afterPages[p.Key]); }).OfType<PageEstimate>().ToList(), ct).ConfigureAwait(false);
        return new SiteEstimate(profile, estimates);
    }

    /// <summary>The pages of a folder as a browser reaches them: URL path → file, one URL per file (the shortest).</summary>
    private static async Task<Dictionary<string, string>> PagesAsync(string folder, CancellationToken ct)
    {
        using var source = new FolderSource(folder);
        var crawl = new CrawlOptions { ConnectionsPerOrigin = 64, MaxConcurrentRequests = 64, UseSitemap = true };
        var graph = await new Crawler(source, crawl, TimeProvider.System).CrawlAsync(ct).ConfigureAwait(false);
        return PagesOf(graph, source, Path.GetFullPath(folder));
    }

    private static Dictionary<string, string> PagesOf(SiteGraph graph, FolderSource source, string root) =>
        graph.Resources
            .Where(r => r.IsPage && r.State == ResourceState.Fetched && r.Type == ResourceType.Document)
            .Select(r => (Url: new Uri(r.Url), File: source.FileFor(new Uri(r.Url))))
            .Where(p => p.File is not null)
            .GroupBy(p => p.File!, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Url.AbsolutePath.Length).First())
            .ToDictionary(p => p.Url.AbsolutePath, p => Path.GetRelativePath(root, p.File!).Replace('\\', '/'), StringComparer.Ordinal);
}
