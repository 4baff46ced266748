using System.Text;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Reports.Html;

/// <summary>Every page's FCP, LCP, load, requests and bytes, before and after, with the change (a saving as −x in green, a regression as +x in red).</summary>
internal static class TimingsTable
{
    public static string Render(SiteEstimate estimate, string siteRoot)
    {
        var html = new StringBuilder("<table id=\"timings\"><caption>")
            .Append(HtmlText.Encode($"Simulated on {Describe(estimate.Profile)}; medians over {estimate.Pages.Count} pages in the last row."))
            .Append("</caption><thead><tr><th>page</th><th>LCP before</th><th>after</th><th>change</th><th>FCP before</th><th>after</th><th>change</th>")
            .Append("<th>load before</th><th>after</th><th>change</th><th>requests</th><th>bytes before</th><th>after</th></tr></thead><tbody>");
        foreach (var page in estimate.Pages)
        {
            var (before, after) = (page.Before.Metrics, page.After.Metrics);
            html.Append($"<tr><td>{HtmlText.Encode(ReportHighlights.PageName(page.Page, siteRoot))}</td>")
                .Append(Times(before.LcpMs, after.LcpMs)).Append(Times(before.FcpMs, after.FcpMs)).Append(Times(before.LoadMs, after.LoadMs))
                .Append($"<td>{before.Requests} → {after.Requests}</td>")
                .Append($"<td>{HtmlText.Encode(ReportFormat.Bytes(before.Bytes))}</td><td>{HtmlText.Encode(ReportFormat.Bytes(after.Bytes))}</td></tr>");
        }
        var medians = TimingSummary.Of(estimate).ToDictionary(t => t.Metric);
        html.Append("<tr><th>median</th>");
        foreach (var metric in new[] { "LCP", "FCP", "load" })
        {
            html.Append(Times(medians[metric].Before, medians[metric].After));
        }
        var bytes = medians["bytes"];
        return html.Append($"<td></td><td>{HtmlText.Encode(bytes.Format(bytes.Before))}</td><td>{HtmlText.Encode(bytes.Format(bytes.After))}</td></tr>")
            .Append("</tbody></table>").ToString();
    }

    public static string Describe(NetworkProfile profile) =>
        $"{profile.Name} ({ReportFormat.Milliseconds(profile.RttMs)} RTT, {profile.DownloadKbps:0.#} Kbps down, CPU ×{profile.CpuSlowdown:0.#})";

    private static string Times(double before, double after) =>
        $"<td>{HtmlText.Encode(ReportFormat.Milliseconds(before))}</td><td>{HtmlText.Encode(ReportFormat.Milliseconds(after))}</td><td>{HtmlText.Saving(ReportFormat.Milliseconds(before - after), before - after)}</td>";
}
