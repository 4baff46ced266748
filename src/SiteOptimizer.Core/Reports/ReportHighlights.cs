using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Reports;

/// <summary>The biggest wins of a run, picked the same way for the console summary and report.html.</summary>
public static class ReportHighlights
{
    /// <summary>The files that shrank the most, largest saving first.</summary>
    public static IReadOnlyList<FileSizes> TopSavings(OptimizationReport report, int count)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.FileSizes.Where(f => f.Saved > 0).OrderByDescending(f => f.Saved).ThenBy(f => f.Path, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>The pages whose LCP improved the most, largest first.</summary>
    public static IReadOnlyList<PageEstimate> TopPages(SiteEstimate estimate, int count)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return [.. estimate.Pages.Where(p => p.LcpSavedMs > 0).OrderByDescending(p => p.LcpSavedMs).ThenBy(p => p.Page, StringComparer.Ordinal).Take(count)];
    }

    /// <summary>Pages that got slower on FCP, LCP or load: always shown, never hidden behind the wins.</summary>
    public static IReadOnlyList<PageEstimate> Regressions(SiteEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return [.. estimate.Pages.Where(p => p.LcpSavedMs < 0 || p.FcpSavedMs < 0 || p.LoadSavedMs < 0).OrderBy(p => p.LcpSavedMs)];
    }

    /// <summary>Pages the estimate guard held changes back on, the costliest held-back change first.</summary>
    public static IReadOnlyList<PageEstimate> Withheld(SiteEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return [.. estimate.Pages.Where(p => p.Withheld.Count > 0)
            .OrderByDescending(p => p.Withheld.Max(c => Math.Max(c.LcpMs, c.FcpMs))).ThenBy(p => p.Page, StringComparer.Ordinal)];
    }

    /// <summary>How many pages each kind of change was held back on, most first.</summary>
    public static IReadOnlyList<(ChangeKind Kind, int Pages)> WithheldCounts(SiteEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return [.. estimate.Pages.SelectMany(p => p.Withheld.Select(c => c.Kind)).CountBy(k => k)
            .Select(c => (c.Key, c.Value)).OrderByDescending(c => c.Item2).ThenBy(c => c.Item1)];
    }

    /// <summary>A page's URL as the reports show it: its path when it is on the site's origin.</summary>
    public static string PageName(string url, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var page) && Uri.TryCreate(siteRoot, UriKind.Absolute, out var root)
            && string.Equals(page.GetLeftPart(UriPartial.Authority), root.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(page.PathAndQuery)
            : url;
    }
}
