using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Graph;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>
/// A live site with one image that drips a byte a second and one that never answers: each
/// costs at most crawl.resourceTimeoutSeconds, the drip is not tried again, both are named in
/// a warning, and the rest of the site is optimized.
/// </summary>
public sealed class ResourceDeadlineTests
{
    private static readonly OptimizerOptions s_options = new()
    {
        // Before one deadline per resource, each would cost 4 attempts × 2 s plus the backoff.
        Crawl = new CrawlOptions { RespectRobotsTxt = false, RequestTimeoutSeconds = 2, ResourceTimeoutSeconds = 3, Retries = 3 },
    };

    [Fact]
    public async Task Optimize_SiteWithADripAndAHang_CostsAtMostTheDeadlineAndOptimizesTheRest()
    {
        await using var server = await LoopbackServer.StartAsync(Map);
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(s_options).OptimizeAsync(server.Root.AbsoluteUri, output.Path);

        // Measured by the crawl itself, so a busy machine's slow start-up does not count.
        var drip = Resource(report.Graph, server, "/drip.jpg");
        Assert.Equal((ResourceState.Failed, 1), (drip.State, drip.Attempts));
        Assert.InRange(drip.DurationMs, 1_900, 2_900);
        Assert.Contains("timed out after 2 s with the body still arriving", drip.Note, StringComparison.Ordinal);
        var hang = Resource(report.Graph, server, "/hang.png");
        Assert.Equal(ResourceState.Failed, hang.State);
        Assert.InRange(hang.Attempts, 2, 3);
        Assert.InRange(hang.DurationMs, 2_900, 4_000);
        Assert.Contains("crawl.resourceTimeoutSeconds, 3 s, used up", hang.Note, StringComparison.Ordinal);
        foreach (var path in new[] { "/drip.jpg", "/hang.png" })
        {
            Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.FetchFailed && d.Message.Contains(server.Url(path).AbsoluteUri, StringComparison.Ordinal));
        }
        Assert.True(File.Exists(output.Combine("dot.png")));
        Assert.Equal("body{color:red}\n", File.ReadAllText(output.Combine("site.css")));
        Assert.True(File.Exists(output.Combine("index.html")));
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/", () => Results.Content(HostileRoutes.Html(
            "<link rel=\"stylesheet\" href=\"/site.css\"><img src=\"/drip.jpg\" alt=\"\"><img src=\"/hang.png\" alt=\"\"><img src=\"/dot.png\" alt=\"\">"), "text/html"));
        app.MapGet("/site.css", () => Results.Text("body { color: red; }\n", "text/css"));
        app.MapGet("/dot.png", () => Results.Bytes(HostileRoutes.TinyPng, "image/png"));
        app.MapGet("/drip.jpg", HostileRoutes.DripAsync);
        app.MapGet("/hang.png", async (HttpContext context) => await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted));
    }

    private static SiteResource Resource(SiteGraph graph, LoopbackServer server, string path) =>
        graph.Resources.Single(r => r.Url == server.Url(path).AbsoluteUri);
}
