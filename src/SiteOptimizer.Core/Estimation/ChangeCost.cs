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
    /// Whether the change makes the page slower: it costs LCP or FCP, and saves less on the other
    /// (a hint that delays the first paint a little to bring the largest one much earlier is worth
    /// keeping, and the other way round). The figures are on the report's 10 ms steps, so any cost
    /// is one the report would show, and none smaller is within the model's reach.
    /// </summary>
    public bool Harms => IsSlower(LcpMs, FcpMs);

    /// <summary>Whether a page that is <paramref name="lcpMs"/> and <paramref name="fcpMs"/> later (negative: earlier) is slower, by the rule of <see cref="Harms"/>.</summary>
    internal static bool IsSlower(double lcpMs, double fcpMs) => lcpMs + fcpMs > 0;
}
