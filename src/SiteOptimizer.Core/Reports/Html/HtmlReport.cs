using System.Text;
using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Reports.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained file (inline CSS and SVG, no script, and a
/// Content-Security-Policy that forbids loading anything) with the headline figures, the biggest
/// wins, the timings table, a before/after waterfall per page, the bytes per file type and every
/// diagnostic. Without an estimate it shows the bytes only. Everything from the site is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The report as an HTML document.</summary>
    /// <param name="report">What the run did.</param>
    /// <param name="estimate">The simulated page loads before and after, or null when there is none.</param>
    public static string Render(OptimizationReport report, SiteEstimate? estimate)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = report.Graph.Root;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>siteopt report: {HtmlText.Encode(report.Source)}</title><style>{ReportStyles.Css}</style></head><body>")
            .Append("<header><h1>siteopt report</h1>")
            .Append($"<p class=\"muted\">{HtmlText.Encode(report.Source)} → {HtmlText.Encode(report.Output)} · {report.Files} files · run took {HtmlText.Encode(ReportFormat.Milliseconds(report.Wall.TotalMilliseconds))}</p></header>")
            .Append(Headline(report, estimate))
            .Append("<h2 id=\"wins\">Biggest wins</h2>").Append(BiggestWins.Render(report, estimate))
            .Append("<h2>Load times</h2>");
        if (estimate is null || estimate.Pages.Count == 0)
        {
            html.Append("<p class=\"muted\">No load-time estimate in this run: the bytes below are all there is.</p>");
        }
        else
        {
            html.Append(TimingsTable.Render(estimate, root))
                .Append("<h2>Waterfalls</h2>").Append(WaterfallColours.Legend());
            foreach (var page in estimate.Pages)
            {
                html.Append(PageSection.Render(page, root));
            }
        }
        return html.Append("<h2>Bytes per file type</h2>").Append(SizeTable.Render(report))
            .Append($"<h2>Diagnostics</h2>").Append(DiagnosticsList.Render(report.Diagnostics))
            .Append("</body></html>\n").ToString();
    }

    /// <summary>Writes the report to a file, atomically (a temporary file renamed into place).</summary>
    public static Task WriteAsync(OptimizationReport report, SiteEstimate? estimate, string path, CancellationToken cancellationToken = default)
    {
        var bytes = new UTF8Encoding(false).GetBytes(Render(report, estimate));
        return ReportFile.WriteAsync(path, (file, token) => file.WriteAsync(bytes, token).AsTask(), cancellationToken);
    }

    private static string Headline(OptimizationReport report, SiteEstimate? estimate)
    {
        var saved = ReportFormat.Saved(report.BytesBefore, report.BytesAfter);
        var cards = new StringBuilder("<div class=\"cards\">")
            .Append(Card("site bytes", $"{ReportFormat.Bytes(report.BytesBefore)} → {ReportFormat.Bytes(report.BytesAfter)}", $"{ReportFormat.Percent(saved)} saved"));
        if (estimate is { Pages.Count: > 0 })
        {
            foreach (var figure in TimingSummary.Of(estimate))
            {
                cards.Append(Card($"median {figure.Metric}", $"{figure.Format(figure.Before)} → {figure.Format(figure.After)}",
                    $"{(figure.Saved < 0 ? "worse by " : "saves ")}{figure.Format(Math.Abs(figure.Saved))} on {estimate.Profile.Name}"));
            }
        }
        return cards.Append("</div>").ToString();
    }

    private static string Card(string title, string value, string note) =>
        $"<div class=\"card\"><span>{HtmlText.Encode(title)}</span><b>{HtmlText.Encode(value)}</b><span>{HtmlText.Encode(note)}</span></div>";
}
