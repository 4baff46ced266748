using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Estimation;
using SiteOptimizer.Graph;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>crawl.maxPages guards against an endless live site; a folder's pages are all read, and a cap that bites says so.</summary>
public sealed class PageLimitTests
{
    private static readonly OptimizerOptions s_twoPages = new()
    {
        Crawl = new CrawlOptions { MaxPages = 2, RespectRobotsTxt = false, UseSitemap = false },
        Estimate = new EstimateOptions { Enabled = true },
    };

    private static string Index => HostileRoutes.Html(string.Join(" ", Enumerable.Range(1, 4).Select(n => $"<a href=\"p{n}.html\">page {n}</a>")));

    [Fact]
    public async Task Optimize_FolderWithMorePagesThanTheCap_ReadsAndEstimatesEveryPage()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), Index);
        foreach (var n in Enumerable.Range(1, 4))
        {
            File.WriteAllText(Path.Combine(site, $"p{n}.html"), HostileRoutes.Html($"page {n}"));
        }

        var report = await new SiteOptimizerPipeline(s_twoPages).OptimizeAsync(site, temp.Combine("out"));

        Assert.Equal(5, report.Graph.Resources.Count(r => r.IsPage && r.State == ResourceState.Fetched));
        Assert.Equal(5, report.Estimate!.Pages.Count);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.PageLimitReached);
    }

    [Fact]
    public async Task Optimize_LiveSiteWithMorePagesThanTheCap_WarnsHowManyWereLeftOut()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => Results.Content(Index, "text/html"));
            app.MapGet("/p{n:int}.html", (int n) => Results.Content(HostileRoutes.Html($"page {n}"), "text/html"));
        });
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(s_twoPages).OptimizeAsync(server.Root.AbsoluteUri, output.Path);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.PageLimitReached);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("3 more pages found were left out, beyond crawl.maxPages (2),", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, Directory.EnumerateFiles(output.Path, "*.html").Count());
    }
}
