using System.Text;
using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Reports.Html;

/// <summary>Every diagnostic of the run, notes included, as a table by file.</summary>
internal static class DiagnosticsList
{
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return "<p>None: every file was read and written without a problem.</p>";
        }
        var html = new StringBuilder("<table id=\"diagnostics\"><thead><tr><th>file</th><th>line</th><th>severity</th><th>code</th><th>message</th></tr></thead><tbody>");
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Severity).ThenBy(d => d.File, StringComparer.Ordinal))
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            html.Append($"<tr><td>{HtmlText.Encode(diagnostic.File)}</td><td>{(diagnostic.Line > 0 ? diagnostic.Line : "")}</td>")
                .Append($"<td class=\"text severity-{severity}\">{severity}</td><td class=\"text\">{HtmlText.Encode(diagnostic.Code)}</td>")
                .Append($"<td class=\"text\">{HtmlText.Encode(diagnostic.Message)}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }
}
