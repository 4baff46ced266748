using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SiteOptimizer.Caching;
using SiteOptimizer.Crawling;
using SiteOptimizer.Compression;
using SiteOptimizer.Estimation;
using SiteOptimizer.Imaging;
using SiteOptimizer.Minification;
using SiteOptimizer.Reports;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Configuration;

/// <summary>Every setting of a run: the contents of optimizer.json.</summary>
public sealed record OptimizerOptions
{
    /// <summary>The JSON Schema editors use to complete and check the file.</summary>
    [JsonPropertyName("$schema")]
    [Description("The JSON Schema editors use to complete and check the file.")]
    public string? Schema { get; set; }

    /// <summary>The site to optimize: a built folder, or an http(s) URL; the command line's site argument overrides it.</summary>
    [Description("The site to optimize: a built folder, or an http(s) URL; the command line's site argument overrides it.")]
    public string? Site { get; set; }

    /// <summary>The folder to write the optimized site to; <c>--output</c> overrides it.</summary>
    [Description("The folder to write the optimized site to; --output overrides it.")]
    public string? Output { get; set; }

    /// <summary>
    /// The site's production address, its generator's baseURL (<c>https://blog.example.com/</c>):
    /// absolute URLs to it name the site's own files. Left out, it is read from the home page's
    /// canonical link or og:url, else from sitemap.xml. <c>--site-url</c> overrides it.
    /// </summary>
    [Description("The site's production address, its generator's baseURL (https://blog.example.com/): absolute URLs to it name the site's own files. Left out, it is read from the home page's canonical link or og:url, else from sitemap.xml. --site-url overrides it.")]
    [RegularExpression(SiteUrlPattern, ErrorMessage = "{0} must be an absolute http(s) URL, such as https://blog.example.com/")]
    public string? SiteUrl { get; set; }

    /// <summary>What <see cref="SiteUrl"/> must look like: an absolute http(s) URL.</summary>
    public const string SiteUrlPattern = @"^https?://[^/?#\s]+(/\S*)?$";

    /// <summary>Reports to write.</summary>
    [Description("Reports to write.")]
    public ReportOptions Report { get; set; } = new();

    /// <summary>Crawling: limits, politeness, scope.</summary>
    [Description("Crawling: limits, politeness, scope.")]
    public CrawlOptions Crawl { get; set; } = new();

    /// <summary>Image recompression.</summary>
    [Description("Image recompression.")]
    public ImageOptions Images { get; set; } = new();

    /// <summary>Page rewriting: image markup, loading hints, preloads.</summary>
    [Description("Page rewriting: image markup, loading hints, preloads.")]
    public HintsOptions Hints { get; set; } = new();

    /// <summary>Minification of HTML, CSS and JavaScript.</summary>
    [Description("Minification of HTML, CSS and JavaScript.")]
    public MinifyOptions Minify { get; set; } = new();

    /// <summary>Brotli and gzip copies of text files, for hosts that serve them as they are.</summary>
    [Description("Brotli and gzip copies of text files, for hosts that serve them as they are.")]
    public PrecompressOptions Precompress { get; set; } = new();

    /// <summary>The load-time estimate: pages simulated before and after on a network profile.</summary>
    [Description("The load-time estimate: pages simulated before and after on a network profile.")]
    public EstimateOptions Estimate { get; set; } = new();

    /// <summary>The content cache: unchanged images and text are not encoded or compressed again.</summary>
    [Description("The content cache: unchanged images and text are not encoded or compressed again.")]
    public CacheOptions Cache { get; set; } = new();
}
