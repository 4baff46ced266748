namespace SiteOptimizer.Estimation;

/// <summary>One page loaded before and after optimization on one profile.</summary>
/// <param name="Page">The page URL.</param>
/// <param name="Before">The page as it was.</param>
/// <param name="After">The page as written.</param>
/// <param name="LcpAttribution">Which changes the LCP saving came from.</param>
public sealed record PageEstimate(string Page, PageLoad Before, PageLoad After, SavingsAttribution LcpAttribution)
{
    /// <summary>
    /// The kinds of change the optimizer held back on this page because the first estimate said
    /// they made it slower, each with that predicted cost. The figures above are of the page as
    /// shipped, without them.
    /// </summary>
    public IReadOnlyList<ChangeCost> Withheld { get; init; } = [];

    /// <summary>What each kind of change that can be held back on one page does to this page's load, as simulated.</summary>
    public IReadOnlyList<ChangeCost> ChangeCosts { get; init; } = [];

    /// <summary>LCP saved in ms; negative when the page got slower.</summary>
    public double LcpSavedMs => Before.Metrics.LcpMs - After.Metrics.LcpMs;

    /// <summary>FCP saved in ms; negative when the page got slower.</summary>
    public double FcpSavedMs => Before.Metrics.FcpMs - After.Metrics.FcpMs;

    /// <summary>Load time saved in ms; negative when the page got slower.</summary>
    public double LoadSavedMs => Before.Metrics.LoadMs - After.Metrics.LoadMs;
}
