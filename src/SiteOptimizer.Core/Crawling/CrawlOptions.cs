using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Crawling;

/// <summary>How a site is crawled (the <c>crawl</c> section of optimizer.json).</summary>
public sealed record CrawlOptions
{
    /// <summary>Pages fetched at most from a live site (a folder's pages are all read); links beyond are recorded, not followed, and a warning says how many.</summary>
    [Description("Pages fetched at most from a live site (a folder's pages are all read); links beyond are recorded, not followed, and a warning says how many.")]
    [Range(1, int.MaxValue)]
    public int MaxPages { get; set; } = 500;

    /// <summary>Link hops from an entry page at most (0 = the entry pages only).</summary>
    [Description("Link hops from an entry page at most (0 = the entry pages only).")]
    [Range(0, int.MaxValue)]
    public int MaxDepth { get; set; } = 20;

    /// <summary>URL path globs a page must match to be crawled (e.g. <c>/blog/**</c>); empty = all.</summary>
    [Description("URL path globs a page must match to be crawled (e.g. /blog/**); empty = all.")]
    public IReadOnlyList<string> Include { get; set; } = [];

    /// <summary>URL path globs of pages never crawled (e.g. <c>/admin/**</c>).</summary>
    [Description("URL path globs of pages never crawled (e.g. /admin/**).")]
    public IReadOnlyList<string> Exclude { get; set; } = [];

    /// <summary>Requests in flight to one origin at once, like a browser on HTTP/1.1.</summary>
    [Description("Requests in flight to one origin at once, like a browser on HTTP/1.1.")]
    [Range(1, int.MaxValue)]
    public int ConnectionsPerOrigin { get; set; } = 6;

    /// <summary>Requests in flight at once, over all origins.</summary>
    [Description("Requests in flight at once, over all origins.")]
    [Range(1, int.MaxValue)]
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>Seconds one attempt may take, headers and body together.</summary>
    [Description("Seconds one attempt may take, headers and body together.")]
    [Range(0d, 86_400d, MinimumIsExclusive = true)]
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Seconds one resource may take over all its attempts, backoff included: a resource that never answers costs at most this.</summary>
    [Description("Seconds one resource may take over all its attempts, backoff included: a resource that never answers costs at most this.")]
    [Range(0d, 86_400d, MinimumIsExclusive = true)]
    public double ResourceTimeoutSeconds { get; set; } = 60;

    /// <summary>Largest response body accepted, in bytes.</summary>
    [Description("Largest response body accepted, in bytes.")]
    [Range(1d, int.MaxValue)]
    public long MaxBodyBytes { get; set; } = 50_000_000;

    /// <summary>Redirects followed for one request.</summary>
    [Description("Redirects followed for one request.")]
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Retries after a timeout, a dropped connection, a 5xx or a 429 (exponential backoff with jitter); never for a body that was arriving, only slowly.</summary>
    [Description("Retries after a timeout, a dropped connection, a 5xx or a 429 (exponential backoff with jitter); never for a body that was arriving, only slowly.")]
    [Range(0, int.MaxValue)]
    public int Retries { get; set; } = 3;

    /// <summary>Honour <c>robots.txt</c> of a remote site; turn off for your own.</summary>
    [Description("Honour robots.txt of a remote site; turn off for your own.")]
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>Read <c>/sitemap.xml</c>, when there is one, for more entry pages.</summary>
    [Description("Read /sitemap.xml, when there is one, for more entry pages.")]
    public bool UseSitemap { get; set; } = true;

    /// <summary>Download assets from other origins too (they are always recorded in the site graph).</summary>
    [Description("Download assets from other origins too (they are always recorded in the site graph).")]
    public bool DownloadCrossOrigin { get; set; }

    /// <summary>The User-Agent sent, and matched against robots.txt groups.</summary>
    [Description("The User-Agent sent, and matched against robots.txt groups.")]
    public string UserAgent { get; set; } = "siteopt/0.1 (+https://github.com/siteoptimizer)";

    /// <summary>
    /// These options for a folder on local disk: no reason to hold back on requests, and no page
    /// cap, which only protects a live site (and the run) from an endless one.
    /// </summary>
    internal CrawlOptions ForFolder() => this with { ConnectionsPerOrigin = 64, MaxConcurrentRequests = 64, MaxPages = int.MaxValue };
}
