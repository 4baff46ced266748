using SiteOptimizer.Estimation;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// Holds back, page by page, the kinds of change the estimate says make a page slower: each
/// page where a kind it was given costs LCP or FCP and saves less on the other
/// (<see cref="ChangeCost.Harms"/>) is rewritten and written once more without it, then
/// simulated again. A page the new simulation does not find faster is put back as it was, so
/// no page ships slower for the guard either. Without one kind, another may turn harmful (a
/// stylesheet preload that shared the bandwidth with a font preload now takes it from the
/// image): the next pass looks again, at those pages only, and since each pass holds back one
/// more kind there are at most as many passes as kinds. The estimate returned is of the pages
/// as shipped.
/// </summary>
internal sealed class EstimateGuard(LoadEstimator estimator, string source, PageRework rework)
{
    public async Task<SiteEstimate> ApplyAsync(SiteEstimate estimate, string output, CancellationToken cancellationToken)
    {
        var shipped = estimate.Pages.ToDictionary(p => p.Page, StringComparer.Ordinal);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        for (var pass = 0; pass < Enum.GetValues<ChangeKind>().Length; pass++)
        {
            var harmful = shipped.Values
                .Where(page => !settled.Contains(page.Page))
                .Select(page => (Page: page, Costs: page.ChangeCosts.Where(c => c.Harms && IsHeldBackable(page, c.Kind)).ToList()))
                .Where(p => p.Costs.Count > 0)
                .ToDictionary(p => p.Page.Page, StringComparer.Ordinal);
            if (harmful.Count == 0)
            {
                break;
            }
            var kinds = harmful.ToDictionary(
                p => p.Key, p => (IReadOnlySet<ChangeKind>)p.Value.Page.Withheld.Concat(p.Value.Costs).Select(c => c.Kind).ToHashSet(), StringComparer.Ordinal);
            await rework.WriteAsync(kinds, cancellationToken).ConfigureAwait(false);
            var again = await estimator.EstimatePagesAsync(source, output, estimate.Profile, harmful.Keys, cancellationToken).ConfigureAwait(false);
            var faster = new HashSet<string>(StringComparer.Ordinal);
            foreach (var without in again.Pages)
            {
                var (current, costs) = harmful[without.Page];
                // The page as it was against the page without them, by the rule that found them harmful.
                if (ChangeCost.IsSlower(current.After.Metrics.LcpMs - without.After.Metrics.LcpMs, current.After.Metrics.FcpMs - without.After.Metrics.FcpMs))
                {
                    shipped[without.Page] = without with { Withheld = [.. current.Withheld, .. costs] };
                    faster.Add(without.Page);
                }
            }
            var restored = harmful.Keys.Where(page => !faster.Contains(page)).ToList();
            rework.Restore(restored, cancellationToken);
            settled.UnionWith(restored);
        }
        return estimate with { Pages = [.. estimate.Pages.Select(page => shipped[page.Page])] };
    }

    // Only what the optimizer added, and not already held back (the author's own hints of that kind stay).
    private bool IsHeldBackable(PageEstimate page, ChangeKind kind) =>
        rework.AppliedTo(page.Page).Contains(kind) && page.Withheld.All(w => w.Kind != kind);
}
