using SiteOptimizer.Crawling;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Graph;
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
    private readonly ModelConstants _constants;

    /// <summary>Creates an estimator with the calibrated model.</summary>
    public LoadEstimator()
        : this(ModelConstants.Default)
    {
    }

    internal LoadEstimator(ModelConstants constants) => _constants = constants;

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
        // Called on its own (siteopt measure), it takes the site's address from the folder, as a run does.
        using var ownAddresses = SiteOrigins.Current.IsEmpty && SiteAddressDiscovery.InFolder(beforeFolder) is { } declared
            ? SiteOrigins.Use(new SiteOrigins([declared.Address]))
            : null;
        var beforePages = await PagesAsync(beforeFolder, ct).ConfigureAwait(false);
        var afterPages = await PagesAsync(afterFolder, ct).ConfigureAwait(false);
        return await EstimatePagesAsync(beforeFolder, afterFolder, profile, beforePages.Intersect(afterPages), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Simulates the pages at these site paths (<c>blog/index.html</c>) of both folders loading on
    /// <paramref name="profile"/>, before and after, without crawling for them.
    /// </summary>
    internal async Task<SiteEstimate> EstimatePagesAsync(string beforeFolder, string afterFolder, NetworkProfile profile, IEnumerable<string> sitePaths, CancellationToken ct)
    {
        var pages = sitePaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var before = new SiteFiles(beforeFolder);
        var after = new SiteFiles(afterFolder);
        var comparison = new PageComparison(before, after, profile, _constants);
        // Pages are independent: simulated across the cores, reported in page order.
        var results = new (PageEstimate? Estimate, Diagnostic? Problem)[pages.Count];
        await Task.Run(() => Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            try
            {
                results[i] = (comparison.Estimate(pages[i]), null);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One page the model cannot read must not cost the run or the other pages.
                results[i] = (null, new Diagnostic(DiagnosticCodes.EstimateSkipped, DiagnosticSeverity.Warning, pages[i], 0, 0, "left out of the load-time estimate: " + error.Message));
            }
        }), ct).ConfigureAwait(false);
        var estimates = results.Select(r => r.Estimate).OfType<PageEstimate>().ToList();
        var problems = results.Select(r => r.Problem).OfType<Diagnostic>().ToList();
        return new SiteEstimate(profile, estimates) { Diagnostics = problems };
    }

    /// <summary>The pages of a folder a browser reaches from its index page, by site path (<c>blog/index.html</c>).</summary>
    private static async Task<HashSet<string>> PagesAsync(string folder, CancellationToken ct)
    {
        using var source = new FolderSource(folder);
        var graph = await new Crawler(source, new CrawlOptions { UseSitemap = true }.ForFolder(), TimeProvider.System).CrawlAsync(ct).ConfigureAwait(false);
        return PagesOf(graph, source, Path.GetFullPath(folder));
    }

    private static HashSet<string> PagesOf(SiteGraph graph, FolderSource source, string root) =>
        graph.Resources
            .Where(r => r.IsPage && r.State == ResourceState.Fetched && r.Type == ResourceType.Document)
            .Select(r => source.FileFor(new Uri(r.Url)))
            .OfType<string>()
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
}
