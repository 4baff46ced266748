namespace SiteOptimizer.Sources;

/// <summary>Where a site's bytes come from: a folder on disk or a live web server.</summary>
internal interface ISiteSource : IDisposable
{
    /// <summary>The URL of the site's root; pages under this origin are crawled.</summary>
    Uri Root { get; }

    /// <summary>Fetches one URL; never throws for a failure of the site, only for cancellation.</summary>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);
}
