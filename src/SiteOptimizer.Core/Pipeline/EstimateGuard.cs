using SiteOptimizer.Estimation;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// Holds back, page by page, the kinds of change the estimate says make a page slower: each
/// page where a kind it was given costs LCP or FCP (<see cref="ChangeCost.Harms"/>) is rewritten
/// and written once more without those kinds, then simulated again. A page the second
/// simulation does not find faster is put back as first written, so no page ships slower for
/// the guard either; the estimate returned is of the pages as shipped.
/// </summary>
internal sealed class EstimateGuard(LoadEstimator estimator, string source, PageRework rework)
{
    public async Task<SiteEstimate> ApplyAsync(SiteEstimate estimate, string output, CancellationToken cancellationToken)
    {
        var harmful = estimate.Pages
            .Select(page => (Page: page, Costs: page.ChangeCosts.Where(c => c.Harms && rework.AppliedTo(page.Page).Contains(c.Kind)).ToList()))
            .Where(p => p.Costs.Count > 0)
            .ToDictionary(p => p.Page.Page, StringComparer.Ordinal);
        if (harmful.Count == 0)
        {
            return estimate;
        }
        var kinds = harmful.ToDictionary(p => p.Key, p => (IReadOnlySet<ChangeKind>)p.Value.Costs.Select(c => c.Kind).ToHashSet(), StringComparer.Ordinal);
        await rework.WriteAsync(kinds, cancellationToken).ConfigureAwait(false);
        var second = await estimator.EstimatePagesAsync(source, output, estimate.Profile, harmful.Keys, cancellationToken).ConfigureAwait(false);
        var shipped = new Dictionary<string, PageEstimate>(StringComparer.Ordinal);
        foreach (var without in second.Pages)
        {
            var (first, costs) = harmful[without.Page];
            // The page as first written against the page without them, by the rule that found them harmful.
            var firstWasSlower = ChangeCost.IsSlower(first.After.Metrics.LcpMs - without.After.Metrics.LcpMs, first.After.Metrics.FcpMs - without.After.Metrics.FcpMs);
            if (firstWasSlower)
            {
                shipped[without.Page] = without with { Withheld = costs };
            }
        }
        rework.Restore(harmful.Keys.Where(page => !shipped.ContainsKey(page)), cancellationToken);
        return estimate with { Pages = [.. estimate.Pages.Select(page => shipped.GetValueOrDefault(page.Page, page))] };
    }
}
