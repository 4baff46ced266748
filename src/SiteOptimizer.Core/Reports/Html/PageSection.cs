using System.Text;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Reports.Html;

/// <summary>One page of the estimate: its figures before and after, where the LCP saving came from, and both waterfalls.</summary>
internal static class PageSection
{
    public static string Render(PageEstimate page, string siteRoot)
    {
        var html = new StringBuilder();
        var name = ReportHighlights.PageName(page.Page, siteRoot);
        var regressed = page.LcpSavedMs < 0 || page.FcpSavedMs < 0 || page.LoadSavedMs < 0;
        html.Append($"<section class=\"page{(regressed ? " regression" : "")}\" data-page=\"{HtmlText.Encode(page.Page)}\">")
            .Append($"<h3>{HtmlText.Encode(name)}</h3>")
            .Append("<p>");
        foreach (var (metric, before, after) in new[]
        {
            ("LCP", page.Before.Metrics.LcpMs, page.After.Metrics.LcpMs),
            ("FCP", page.Before.Metrics.FcpMs, page.After.Metrics.FcpMs),
            ("load", page.Before.Metrics.LoadMs, page.After.Metrics.LoadMs),
        })
        {
            html.Append($"{metric} {HtmlText.Encode(ReportFormat.Milliseconds(before))} → {HtmlText.Encode(ReportFormat.Milliseconds(after))} ")
                .Append($"({HtmlText.Saving(ReportFormat.Milliseconds(before - after), before - after)}) · ");
        }
        html.Append($"{page.Before.Metrics.Requests} → {page.After.Metrics.Requests} requests · ")
            .Append($"{HtmlText.Encode(ReportFormat.Bytes(page.Before.Metrics.Bytes))} → {HtmlText.Encode(ReportFormat.Bytes(page.After.Metrics.Bytes))}</p>")
            .Append($"<p class=\"muted\">LCP element: before {HtmlText.Encode(page.Before.LcpElement)}; after {HtmlText.Encode(page.After.LcpElement)}. ")
            .Append(Attribution(page.LcpAttribution))
            .Append("</p>");
        if (page.Withheld.Count > 0)
        {
            html.Append($"<p class=\"withheld\">Held back on this page, as the estimate said they made it slower: {HtmlText.Encode(ReportFormat.Withheld(page.Withheld))}. The figures above are without them.</p>");
        }
        var scale = WaterfallSvg.ScaleFor(page.Before, page.After);
        html.Append("<div class=\"pair\">")
            .Append($"<div><b>Before</b> <span class=\"muted\">{page.Before.Requests.Count} requests</span>{WaterfallSvg.Render(page.Before, scale, siteRoot, "before")}</div>")
            .Append($"<div><b>After</b> <span class=\"muted\">{page.After.Requests.Count} requests</span>{WaterfallSvg.Render(page.After, scale, siteRoot, "after")}</div>")
            .Append("</div>");
        if (page.Before.Requests.Count > WaterfallSvg.MaxRows || page.After.Requests.Count > WaterfallSvg.MaxRows)
        {
            html.Append($"<p class=\"muted\">Only the first {WaterfallSvg.MaxRows} requests are drawn.</p>");
        }
        return html.Append("</section>").ToString();
    }

    private static string Attribution(SavingsAttribution lcp) =>
        "LCP saving by change: "
        + string.Join(", ", new[] { ("images", lcp.ImagesMs), ("minification", lcp.MinificationMs), ("hints", lcp.HintsMs), ("lazy loading", lcp.LazyLoadingMs) }
            .Select(part => $"{part.Item1} {HtmlText.Saving(ReportFormat.Milliseconds(part.Item2), part.Item2)}"))
        + ".";
}
