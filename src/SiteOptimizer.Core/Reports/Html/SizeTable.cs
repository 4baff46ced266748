using System.Text;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Reports.Html;

/// <summary>Bytes before and after per kind of file, as the console summary shows them.</summary>
internal static class SizeTable
{
    public static string Render(OptimizationReport report)
    {
        var html = new StringBuilder("<table id=\"sizes\"><thead><tr><th>type</th><th>files</th><th>before</th><th>after</th><th>change</th></tr></thead><tbody>");
        foreach (var type in report.Totals)
        {
            html.Append(Row(type.Type.ToString().ToLowerInvariant(), type.Files, type.BytesBefore, type.BytesAfter, "td"));
        }
        html.Append(Row("total", report.Files, report.BytesBefore, report.BytesAfter, "th")).Append("</tbody></table>");
        if (report.Variants.Files > 0 || report.Precompressed.Files > 0)
        {
            html.Append($"<p class=\"muted\">Also written: {report.Variants.Files} image variants ({HtmlText.Encode(ReportFormat.Bytes(report.Variants.Bytes))}) for &lt;picture&gt;, srcset and image-set(); ")
                .Append($"{report.Precompressed.Files} .br/.gz siblings ({HtmlText.Encode(ReportFormat.Bytes(report.Precompressed.Bytes))}).</p>");
        }
        return html.ToString();
    }

    private static string Row(string type, int files, long before, long after, string cell)
    {
        var saved = ReportFormat.Saved(before, after);
        return $"<tr><{cell}>{HtmlText.Encode(type)}</{cell}><td>{files}</td><td>{HtmlText.Encode(ReportFormat.Bytes(before))}</td><td>{HtmlText.Encode(ReportFormat.Bytes(after))}</td>"
            + $"<td>{HtmlText.Saving(ReportFormat.Percent(saved), saved)}</td></tr>";
    }
}
