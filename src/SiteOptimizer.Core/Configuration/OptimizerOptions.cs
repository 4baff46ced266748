using System.ComponentModel;
using System.Text.Json.Serialization;
using SiteOptimizer.Crawling;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Configuration;

/// <summary>Every setting of a run: the contents of optimizer.json.</summary>
public sealed record OptimizerOptions
{
    /// <summary>The JSON Schema editors use to complete and check the file.</summary>
    [JsonPropertyName("$schema")]
    [Description("The JSON Schema editors use to complete and check the file.")]
    public string? Schema { get; init; }

    /// <summary>Crawling: limits, politeness, scope.</summary>
    [Description("Crawling: limits, politeness, scope.")]
    public CrawlOptions Crawl { get; init; } = new();

    /// <summary>Image recompression.</summary>
    [Description("Image recompression.")]
    public ImageOptions Images { get; init; } = new();
}
