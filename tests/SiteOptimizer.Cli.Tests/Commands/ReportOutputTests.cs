using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

public sealed class ReportOutputTests
{
    [Fact]
    public async Task Optimize_OutputRedirected_PrintsPlainProgressLinesAndWritesBothReports()
    {
        using var temp = new TempDirectory();
        var site = SmallSite(temp);

        var run = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("out"), "--report", temp.Combine("r", "run.json"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"(?m)^crawl: 3 URLs \(.+\) in .+: .+ URLs/s, .+/s$", run.Output);
        Assert.Matches(@"(?m)^rewrite: 2 pages ", run.Output);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.True(run.Output.IndexOf("crawl: ", StringComparison.Ordinal) < run.Output.IndexOf("Optimized ", StringComparison.Ordinal));
        Assert.Contains("Report: " + temp.Combine("r", "run.html"), run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("r", "run.json")));
    }

    [Fact]
    public async Task Optimize_WithTheEstimate_PutsItsLoadTimesInTheSummaryAndWaterfallsInReportHtml()
    {
        using var temp = new TempDirectory();
        var site = SmallSite(temp);

        var run = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("out"), "--report", temp.Combine("run.json"), "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"Load times on mobile-slow-4g, median of 2 pages \(simulated\):\n +before +after +saved\nLCP ", run.Output.ReplaceLineEndings("\n"));
        var html = File.ReadAllText(temp.Combine("run.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(2 * 2, html.Split("<svg class=\"waterfall\"").Length - 1);
        Assert.Contains("id=\"timings\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_Quiet_PrintsNoProgressButTheSummary()
    {
        using var temp = new TempDirectory();
        var site = SmallSite(temp);

        var run = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("out"), "--quiet", "--no-report");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("crawl: ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("rewrite: ", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("Optimized ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Report: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_ReportHtmlGiven_WritesItThereAndTheJsonWhereTheSettingsSay()
    {
        using var temp = new TempDirectory();
        var site = SmallSite(temp);
        File.WriteAllText(temp.Combine("settings.json"), """{ "report": { "json": "reports/run.json", "html": null } }""");

        var run = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("out"), "-c", temp.Combine("settings.json"), "--report-html", temp.Combine("page.html"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(temp.Combine("page.html")));
        Assert.True(File.Exists(temp.Combine("reports", "run.json")));
        Assert.False(File.Exists(temp.Combine("reports", "run.html")));
    }

    private static string SmallSite(TempDirectory temp)
    {
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"main.css\"></head><body><a href=\"about.html\">About</a></body></html>");
        File.WriteAllText(Path.Combine(site, "about.html"), "<!DOCTYPE html><html><body><p>About  us</p></body></html>");
        File.WriteAllText(Path.Combine(site, "main.css"), "body { color : #ff0000 ; }");
        return site;
    }
}
