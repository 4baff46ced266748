namespace SiteOptimizer.Graph;

/// <summary>Every resource of a site and every reference between them: what the estimator and the preload planner read.</summary>
/// <param name="Root">The site's root URL.</param>
/// <param name="EntryPages">Where the crawl started (the root, and sitemap pages).</param>
/// <param name="Resources">Every URL met, ordered by URL.</param>
/// <param name="Edges">Every reference, ordered by referrer, then position.</param>
/// <param name="LongestChain">The most requests one after another that the crawl needed to discover everything from the root (the ideal lower bound on crawl time is this × one response time).</param>
public sealed record SiteGraph(
    string Root,
    IReadOnlyList<string> EntryPages,
    IReadOnlyList<SiteResource> Resources,
    IReadOnlyList<SiteEdge> Edges,
    int LongestChain)
{
    /// <summary>Looks a resource up by URL.</summary>
    public SiteResource? Find(string url) => Resources.FirstOrDefault(r => r.Url == url);
}
