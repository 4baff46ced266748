namespace SiteOptimizer.Crawling;

/// <summary>How a site is crawled (the <c>crawl</c> section of optimizer.json).</summary>
public sealed record CrawlOptions
{
    /// <summary>Pages fetched at most; links beyond are recorded, not followed.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Link hops from an entry page at most (0 = the entry pages only).</summary>
    public int MaxDepth { get; init; } = 20;

    /// <summary>URL path globs a page must match to be crawled (e.g. <c>/blog/**</c>); empty = all.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>URL path globs of pages never crawled (e.g. <c>/admin/**</c>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Requests in flight to one origin at once, like a browser on HTTP/1.1.</summary>
    public int ConnectionsPerOrigin { get; init; } = 6;

    /// <summary>Requests in flight at once, over all origins.</summary>
    public int MaxConcurrentRequests { get; init; } = 32;

    /// <summary>Seconds one attempt may take, headers and body together.</summary>
    public double RequestTimeoutSeconds { get; init; } = 30;

    /// <summary>Largest response body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 50_000_000;

    /// <summary>Redirects followed for one request.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after a timeout, a dropped connection, a 5xx or a 429 (exponential backoff with jitter).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Honour <c>robots.txt</c> of a remote site; turn off for your own.</summary>
    public bool RespectRobotsTxt { get; init; } = true;

    /// <summary>Read <c>/sitemap.xml</c>, when there is one, for more entry pages.</summary>
    public bool UseSitemap { get; init; } = true;

    /// <summary>Download assets from other origins too (they are always recorded in the site graph).</summary>
    public bool DownloadCrossOrigin { get; init; }

    /// <summary>The User-Agent sent, and matched against robots.txt groups.</summary>
    public string UserAgent { get; init; } = "siteopt/0.1 (+https://github.com/siteoptimizer)";
}
