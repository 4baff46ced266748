namespace SiteOptimizer.Measurement.Accuracy;

/// <summary>One page's predicted and measured saving of one figure (FCP, LCP or load), in ms.</summary>
/// <param name="Page">The page's path relative to the site root.</param>
/// <param name="PredictedMs">What the estimate said would be saved; negative for a regression.</param>
/// <param name="MeasuredMs">What Chromium measured (difference of the medians).</param>
internal sealed record SavingError(string Page, double PredictedMs, double MeasuredMs)
{
    /// <summary>|predicted − measured| as a percentage of |measured|; infinite when nothing was measured but something predicted.</summary>
    public double ErrorPercent => MeasuredMs == 0
        ? (PredictedMs == 0 ? 0 : double.PositiveInfinity)
        : Math.Abs(PredictedMs - MeasuredMs) / Math.Abs(MeasuredMs) * 100;

    /// <summary>Whether both say the page got faster, or both say slower (or both no change).</summary>
    public bool SignAgrees => Math.Sign(PredictedMs) == Math.Sign(MeasuredMs);
}
