using AngleSharp.Html.Parser;
using SiteOptimizer.Estimation;
using SiteOptimizer.Reports.Html;

namespace SiteOptimizer.Tests.Reports.Html;

public sealed class HtmlReportTests
{
    private static readonly HtmlParser s_parser = new();

    [Fact]
    public void Render_WithoutEstimate_ShowsTheBytesAndSaysThereAreNoLoadTimes()
    {
        var document = s_parser.ParseDocument(HtmlReport.Render(ReportExamples.Report(), estimate: null));

        Assert.Empty(document.QuerySelectorAll("svg"));
        Assert.Contains("No load-time estimate", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("images/hero.jpg", document.QuerySelector("#top-files tbody tr td")!.TextContent);
        Assert.Contains("1.16 MB", document.QuerySelector("#sizes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithChangesHeldBack_ListsThemWithTheirPredictedCost_OnTheTableAndThePage()
    {
        var estimate = ReportExamples.Estimate();
        var held = estimate.Pages[0] with { Withheld = [new ChangeCost(ChangeKind.FontPreloads, LcpMs: 0, FcpMs: 180)] };

        var document = s_parser.ParseDocument(HtmlReport.Render(ReportExamples.Report(), estimate with { Pages = [held, estimate.Pages[1]] }));

        Assert.Contains("Held back on 1 pages (font preloads on 1)", document.QuerySelector("#withheld caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/", "font preloads (FCP +180 ms, LCP 0 ms)"], document.QuerySelectorAll("#withheld tbody td").Select(td => td.TextContent));
        Assert.Contains("font preloads (FCP +180 ms, LCP 0 ms)", document.QuerySelector("section.page p.withheld")!.TextContent, StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll("p.withheld"));
    }

    [Fact]
    public void Render_WithEstimate_DrawsBeforeAndAfterWaterfallsOfEveryPageOnOneScale()
    {
        var estimate = ReportExamples.Estimate();

        var document = s_parser.ParseDocument(HtmlReport.Render(ReportExamples.Report(), estimate));

        var pages = document.QuerySelectorAll("section.page");
        Assert.Equal(estimate.Pages.Count, pages.Length);
        foreach (var page in pages)
        {
            var loads = page.QuerySelectorAll("svg.waterfall");
            Assert.Equal(["before", "after"], loads.Select(l => l.GetAttribute("data-load")));
            Assert.Equal(loads[0].GetAttribute("width"), loads[1].GetAttribute("width"));
            Assert.All(loads, load => Assert.Equal(5, load.QuerySelectorAll("rect.bar").Length));
            // One time scale: the same axis labels on both.
            Assert.Equal(loads[0].QuerySelectorAll("text.tick").Select(t => t.TextContent), loads[1].QuerySelectorAll("text.tick").Select(t => t.TextContent));
        }
        Assert.Equal(2, document.QuerySelectorAll("#timings tbody tr").Length - 1);
    }

    [Fact]
    public void Render_PageThatGotSlower_IsListedAsARegression()
    {
        var document = s_parser.ParseDocument(HtmlReport.Render(ReportExamples.Report(), ReportExamples.Estimate()));

        var regressions = document.QuerySelectorAll("#regressions tbody tr");
        var row = Assert.Single(regressions);
        Assert.Contains("<script>", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("+120 ms", row.QuerySelectorAll("td")[1].TextContent);
        Assert.DoesNotContain(ReportExamples.HostilePage, document.QuerySelector("#top-pages")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NamesAndMessagesFromTheSite_AreShownAsTextNeverAsMarkup()
    {
        var html = HtmlReport.Render(ReportExamples.Report(), ReportExamples.Estimate());
        var document = s_parser.ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains(document.QuerySelectorAll("h3"), h => h.TextContent == "/\"><script>alert(1)</script>.html");
        Assert.Equal(ReportExamples.HostileMessage, document.QuerySelectorAll("#diagnostics td")[4].TextContent);
        Assert.Equal("images/<b>broken</b>.jpg", document.QuerySelector("#diagnostics td")!.TextContent);
    }

    [Fact]
    public void Render_Report_ReferencesNothingOutsideItself()
    {
        var document = s_parser.ParseDocument(HtmlReport.Render(ReportExamples.Report(), ReportExamples.Estimate()));

        Assert.Empty(document.QuerySelectorAll("[src], [href], link, script, iframe, object"));
        var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
    }
}
