using System.Text;
using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Reports.Html;

/// <summary>The pages that gained the most time, the pages that lost time, the changes held back, and the files that lost the most bytes.</summary>
internal static class BiggestWins
{
    public const int Count = 10;

    public static string Render(OptimizationReport report, SiteEstimate? estimate)
    {
        var html = new StringBuilder();
        if (estimate is not null)
        {
            var regressions = ReportHighlights.Regressions(estimate);
            if (regressions.Count > 0)
            {
                html.Append("<table id=\"regressions\" class=\"regression\"><caption>Pages that got slower</caption><thead><tr><th>page</th><th>LCP change</th><th>FCP change</th><th>load change</th></tr></thead><tbody>");
                foreach (var page in regressions)
                {
                    html.Append(PageRow(page, report.Graph.Root, includeAll: true));
                }
                html.Append("</tbody></table>");
            }
            html.Append(WithheldTable(estimate, report.Graph.Root));
            html.Append("<table id=\"top-pages\"><caption>Largest LCP savings</caption><thead><tr><th>page</th><th>LCP before</th><th>after</th><th>change</th></tr></thead><tbody>");
            foreach (var page in ReportHighlights.TopPages(estimate, Count))
            {
                html.Append(PageRow(page, report.Graph.Root, includeAll: false));
            }
            html.Append("</tbody></table>");
        }
        html.Append("<table id=\"top-files\"><caption>Largest byte savings</caption><thead><tr><th>file</th><th>before</th><th>after</th><th>change</th></tr></thead><tbody>");
        foreach (var file in ReportHighlights.TopSavings(report, Count))
        {
            html.Append($"<tr><td>{HtmlText.Encode(file.Path)}</td><td>{HtmlText.Encode(ReportFormat.Bytes(file.BytesBefore))}</td><td>{HtmlText.Encode(ReportFormat.Bytes(file.BytesAfter))}</td>")
                .Append($"<td>{HtmlText.Saving(ReportFormat.Bytes(file.Saved), file.Saved)}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string WithheldTable(SiteEstimate estimate, string siteRoot)
    {
        var pages = ReportHighlights.Withheld(estimate);
        if (pages.Count == 0)
        {
            return "";
        }
        var counts = string.Join(", ", ReportHighlights.WithheldCounts(estimate).Select(c => $"{ReportFormat.Change(c.Kind)} on {c.Pages}"));
        var html = new StringBuilder($"<table id=\"withheld\"><caption>Held back on {pages.Count} pages ({HtmlText.Encode(counts)}): the estimate said they made those pages slower</caption>")
            .Append("<thead><tr><th>page</th><th>held back (predicted cost)</th></tr></thead><tbody>");
        foreach (var page in pages)
        {
            html.Append($"<tr><td>{HtmlText.Encode(ReportHighlights.PageName(page.Page, siteRoot))}</td><td>{HtmlText.Encode(ReportFormat.Withheld(page.Withheld))}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string PageRow(PageEstimate page, string siteRoot, bool includeAll)
    {
        var name = $"<tr><td>{HtmlText.Encode(ReportHighlights.PageName(page.Page, siteRoot))}</td>";
        return includeAll
            ? name + $"<td>{Saved(page.LcpSavedMs)}</td><td>{Saved(page.FcpSavedMs)}</td><td>{Saved(page.LoadSavedMs)}</td></tr>"
            : name + $"<td>{HtmlText.Encode(ReportFormat.Milliseconds(page.Before.Metrics.LcpMs))}</td><td>{HtmlText.Encode(ReportFormat.Milliseconds(page.After.Metrics.LcpMs))}</td><td>{Saved(page.LcpSavedMs)}</td></tr>";
    }

    private static string Saved(double ms) => HtmlText.Saving(ReportFormat.Milliseconds(ms), ms);
}
