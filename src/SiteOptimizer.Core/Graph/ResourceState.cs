namespace SiteOptimizer.Graph;

/// <summary>What became of a resource during the crawl.</summary>
public enum ResourceState
{
    /// <summary>Downloaded with a 2xx response.</summary>
    Fetched,
    /// <summary>Tried and failed (status, timeout, size limit…); see the error.</summary>
    Failed,
    /// <summary>Recorded but deliberately not downloaded (cross-origin, page limit, excluded, robots.txt).</summary>
    Skipped,
}
