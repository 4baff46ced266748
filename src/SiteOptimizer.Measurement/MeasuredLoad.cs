using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement;

/// <summary>One page load in Chromium, as the page's own performance entries report it.</summary>
/// <param name="Metrics">FCP, LCP and load in ms from navigation start; requests and bytes transferred up to then.</param>
/// <param name="LcpElement">The LCP element: an image URL, or a tag name for text.</param>
/// <param name="Protocol">The page's HTTP version as the browser negotiated it (h2 from the loopback servers).</param>
internal sealed record MeasuredLoad(LoadMetrics Metrics, string LcpElement, string Protocol)
{
    /// <summary>The waterfall: the page and every resource it fetched by the time the metrics were read, in the order they started.</summary>
    public IReadOnlyList<MeasuredRequest> Requests { get; init; } = [];
}
