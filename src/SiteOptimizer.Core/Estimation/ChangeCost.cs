namespace SiteOptimizer.Estimation;

/// <summary>
/// What one kind of change does to a page's load, found by simulating the optimized page with
/// that kind undone: positive ms are time the change costs, negative ms time it saves.
/// </summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="LcpMs">LCP cost in ms (negative: saved).</param>
/// <param name="FcpMs">FCP cost in ms (negative: saved).</param>
public sealed record ChangeCost(ChangeKind Kind, double LcpMs, double FcpMs)
{
    /// <summary>
    /// Whether the change makes the page slower: it costs LCP, or it costs FCP without saving at
    /// least as much LCP (a hint that delays the first paint a little to bring the largest one
    /// much earlier is worth keeping). The figures are on the report's 10 ms steps, so any cost
    /// is a cost the report would show.
    /// </summary>
    public bool Harms => IsSlower(LcpMs, FcpMs);

    /// <summary>Whether a page that is <paramref name="lcpMs"/> and <paramref name="fcpMs"/> later (negative: earlier) is slower, by the rule of <see cref="Harms"/>.</summary>
    internal static bool IsSlower(double lcpMs, double fcpMs) => lcpMs > 0 || (fcpMs > 0 && -lcpMs < fcpMs);
}
