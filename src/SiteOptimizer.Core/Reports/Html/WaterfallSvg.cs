using System.Text;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Reports.Html;

/// <summary>
/// One page load as an inline SVG waterfall: a row per request (queued, waiting for the first
/// byte, downloading), and lines at FCP, LCP and load. Before and after are drawn on one time
/// scale, so their bars can be compared by eye. Every bar has a tooltip with its figures.
/// </summary>
internal static class WaterfallSvg
{
    public const int MaxRows = 80;
    private const double Width = 960;
    private const double ChartLeft = 300;
    private const double ChartRight = Width - 32;
    private const double Top = 22;
    private const double RowHeight = 16;
    private const double BarHeight = 10;
    private const int LabelChars = 42;

    /// <param name="load">The page load.</param>
    /// <param name="scaleMs">The time at the right edge, shared by the loads compared.</param>
    /// <param name="siteRoot">The site's root URL: its own URLs are shown as paths.</param>
    /// <param name="label">What the load is, e.g. "before".</param>
    public static string Render(PageLoad load, double scaleMs, string siteRoot, string label)
    {
        var rows = load.Requests.Take(MaxRows).ToList();
        var height = Top + (rows.Count * RowHeight) + 8;
        var x = new Func<double, double>(ms => ChartLeft + (Math.Clamp(ms, 0, scaleMs) / scaleMs * (ChartRight - ChartLeft)));
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"waterfall\" data-load=\"{HtmlText.Encode(label)}\" viewBox=\"0 0 {HtmlText.Number(Width)} {HtmlText.Number(height)}\" ")
            .Append($"width=\"{HtmlText.Number(Width)}\" height=\"{HtmlText.Number(height)}\" role=\"img\" aria-label=\"{HtmlText.Encode($"{label}: {load.Requests.Count} requests")}\">");
        AppendAxis(svg, scaleMs, height, x);
        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(svg, rows[i], Top + (i * RowHeight), siteRoot, x);
        }
        AppendMarker(svg, load.Metrics.FcpMs, "FCP", WaterfallColours.Fcp, "4 3", height, x);
        AppendMarker(svg, load.Metrics.LcpMs, "LCP", WaterfallColours.Lcp, null, height, x);
        AppendMarker(svg, load.Metrics.LoadMs, "load", WaterfallColours.Load, "2 2", height, x);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The right edge for loads compared side by side: the latest thing any of them shows, rounded up.</summary>
    public static double ScaleFor(params PageLoad[] loads)
    {
        var latest = loads.SelectMany(l => l.Requests.Select(r => r.EndMs).Append(l.Metrics.LoadMs).Append(l.Metrics.LcpMs)).DefaultIfEmpty(0).Max();
        var step = TickStep(Math.Max(latest, 100));
        return Math.Ceiling(Math.Max(latest, 1) / step) * step;
    }

    private static double TickStep(double scaleMs) =>
        new double[] { 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 30_000, 60_000 }.FirstOrDefault(s => scaleMs / s <= 8, 120_000);

    private static void AppendAxis(StringBuilder svg, double scaleMs, double height, Func<double, double> x)
    {
        var step = TickStep(scaleMs);
        for (var ms = 0.0; ms <= scaleMs + 0.5; ms += step)
        {
            var at = HtmlText.Number(x(ms));
            svg.Append($"<line class=\"grid\" x1=\"{at}\" x2=\"{at}\" y1=\"{HtmlText.Number(Top - 4)}\" y2=\"{HtmlText.Number(height - 4)}\"/>")
                .Append($"<text class=\"tick\" x=\"{at}\" y=\"12\" text-anchor=\"middle\">{HtmlText.Encode(ReportFormat.Milliseconds(ms))}</text>");
        }
    }

    private static void AppendRow(StringBuilder svg, RequestTiming request, double y, string siteRoot, Func<double, double> x)
    {
        var name = ReportHighlights.PageName(request.Url, siteRoot);
        var shown = name.Length <= LabelChars ? name : "…" + name[^(LabelChars - 1)..];
        var barY = HtmlText.Number(y + ((RowHeight - BarHeight) / 2));
        var textY = HtmlText.Number(y + 11.5);
        var colour = WaterfallColours.Of(request.Type);
        svg.Append("<g class=\"request\"><title>")
            .Append(HtmlText.Encode($"{request.Url}\n{request.Type}, priority {request.Priority}, {ReportFormat.Bytes(request.Bytes)}{(request.IsRenderBlocking ? ", render-blocking" : "")}{(request.IsLcp ? ", the LCP resource" : "")}\n"
                + $"discovered {ReportFormat.Milliseconds(request.DiscoveredMs)}, sent {ReportFormat.Milliseconds(request.StartMs)}, first byte {ReportFormat.Milliseconds(request.FirstByteMs)}, done {ReportFormat.Milliseconds(request.EndMs)}"))
            .Append("</title>");
        if (request.IsRenderBlocking)
        {
            svg.Append($"<rect x=\"{HtmlText.Number(ChartLeft - 8)}\" y=\"{barY}\" width=\"4\" height=\"{HtmlText.Number(BarHeight)}\" fill=\"{WaterfallColours.RenderBlocking}\"/>");
        }
        svg.Append($"<text x=\"4\" y=\"{textY}\"{(request.IsLcp ? " font-weight=\"bold\"" : "")}>{HtmlText.Encode(shown)}</text>");
        AppendBar(svg, "queued", x(request.DiscoveredMs), x(request.StartMs), barY, WaterfallColours.Waiting, null);
        AppendBar(svg, "waiting", x(request.StartMs), x(request.FirstByteMs), barY, colour, "0.45");
        var end = Math.Max(x(request.EndMs), x(request.FirstByteMs) + 2);
        svg.Append($"<rect class=\"bar\" x=\"{HtmlText.Number(x(request.FirstByteMs))}\" y=\"{barY}\" width=\"{HtmlText.Number(end - x(request.FirstByteMs))}\" height=\"{HtmlText.Number(BarHeight)}\" fill=\"{colour}\"")
            .Append(request.IsLcp ? $" stroke=\"{WaterfallColours.Lcp}\" stroke-width=\"2\"/>" : "/>")
            .Append("</g>");
    }

    private static void AppendBar(StringBuilder svg, string kind, double from, double to, string y, string colour, string? opacity)
    {
        if (to - from < 0.5)
        {
            return;
        }
        svg.Append($"<rect class=\"{kind}\" x=\"{HtmlText.Number(from)}\" y=\"{y}\" width=\"{HtmlText.Number(to - from)}\" height=\"{HtmlText.Number(BarHeight)}\" fill=\"{colour}\"")
            .Append(opacity is null ? "/>" : $" fill-opacity=\"{opacity}\"/>");
    }

    private static void AppendMarker(StringBuilder svg, double ms, string name, string colour, string? dash, double height, Func<double, double> x)
    {
        var at = HtmlText.Number(x(ms));
        svg.Append($"<line class=\"marker\" data-marker=\"{name}\" x1=\"{at}\" x2=\"{at}\" y1=\"{HtmlText.Number(Top - 6)}\" y2=\"{HtmlText.Number(height - 2)}\" stroke=\"{colour}\" stroke-width=\"2\"")
            .Append(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")
            .Append($"><title>{HtmlText.Encode($"{name} {ReportFormat.Milliseconds(ms)}")}</title></line>");
    }
}
