using SiteOptimizer.Estimation;

namespace SiteOptimizer.Reports;

/// <summary>One headline figure of a site estimate: the median over its pages, before and after.</summary>
/// <param name="Metric">What is measured: FCP, LCP, load, bytes or requests.</param>
/// <param name="Before">The median over the pages as they were.</param>
/// <param name="After">The median over the pages as written.</param>
/// <param name="IsBytes">Bytes rather than milliseconds.</param>
public sealed record TimingSummary(string Metric, double Before, double After, bool IsBytes = false)
{
    /// <summary>The median figures of a site estimate: LCP first, as the headline.</summary>
    public static IReadOnlyList<TimingSummary> Of(SiteEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var pages = estimate.Pages;
        TimingSummary Median(string metric, Func<LoadMetrics, double> value, bool isBytes = false) =>
            new(metric, MedianOf(pages.Select(p => value(p.Before.Metrics))), MedianOf(pages.Select(p => value(p.After.Metrics))), isBytes);
        return
        [
            Median("LCP", m => m.LcpMs),
            Median("FCP", m => m.FcpMs),
            Median("load", m => m.LoadMs),
            Median("bytes", m => m.Bytes, isBytes: true),
        ];
    }

    /// <summary>The amount saved; negative when the page got slower or heavier.</summary>
    public double Saved => Before - After;

    /// <summary>The figure in the report's units: ms or bytes.</summary>
    public string Format(double value) => IsBytes ? ReportFormat.Bytes((long)Math.Round(value)) : ReportFormat.Milliseconds(value);

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
