using System.Globalization;
using System.Net;

namespace SiteOptimizer.Reports.Html;

/// <summary>
/// Text into report.html. Everything that comes from the site — URLs, file names, messages — goes
/// through <see cref="Encode"/>: a page named <c>&lt;script&gt;.html</c> must show, not run.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A coordinate or size for SVG: invariant culture, at most one decimal.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A change with its sign spelled out (a saving −x, a loss +x; the tables head it "change"), and the CSS class that colours it.</summary>
    public static string Saving(string formatted, double saved) =>
        $"<span class=\"{(saved < 0 ? "worse" : saved > 0 ? "better" : "same")}\">{(saved < 0 ? "+" : saved > 0 ? "−" : "")}{Encode(formatted.TrimStart('-'))}</span>";
}
