using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement;

/// <summary>One page loaded several times before and after optimization, in interleaved pairs.</summary>
/// <param name="Page">The page's path relative to the site root, e.g. <c>blog/index.html</c>.</param>
/// <param name="BeforeRuns">Every load of the page as it was, in run order.</param>
/// <param name="AfterRuns">Every load of the optimized page, in run order.</param>
internal sealed record MeasuredPage(string Page, IReadOnlyList<MeasuredLoad> BeforeRuns, IReadOnlyList<MeasuredLoad> AfterRuns)
{
    /// <summary>The median of each figure over the loads before.</summary>
    public LoadMetrics Before => MedianOf(BeforeRuns);

    /// <summary>The median of each figure over the loads after.</summary>
    public LoadMetrics After => MedianOf(AfterRuns);

    public double FcpSavedMs => Before.FcpMs - After.FcpMs;

    public double LcpSavedMs => Before.LcpMs - After.LcpMs;

    public double LoadSavedMs => Before.LoadMs - After.LoadMs;

    private static LoadMetrics MedianOf(IReadOnlyList<MeasuredLoad> runs) => new(
        (int)Math.Round(Median.Of(runs.Select(run => (double)run.Metrics.Requests))),
        (long)Math.Round(Median.Of(runs.Select(run => (double)run.Metrics.Bytes))),
        Median.Of(runs.Select(run => run.Metrics.FcpMs)),
        Median.Of(runs.Select(run => run.Metrics.LcpMs)),
        Median.Of(runs.Select(run => run.Metrics.LoadMs)));
}
