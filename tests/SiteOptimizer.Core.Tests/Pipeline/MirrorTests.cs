using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Graph;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Sources;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

public sealed class MirrorTests
{
    private static readonly OptimizerOptions s_options = new()
    {
        Crawl = new CrawlOptions { RespectRobotsTxt = false, RequestTimeoutSeconds = 10 },
        Images = new() { MaxWidth = 640 },
    };

    [Fact]
    public async Task Optimize_LiveSampleSite_WritesAMirrorWithEveryFileAndSmallerImages()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite, TimeSpan.FromMilliseconds(20));
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(s_options).OptimizeAsync(server.Root.AbsoluteUri, output.Path);

        var source = Files(TestPaths.SampleSite);
        Assert.Empty(source.Except(Files(output.Path)));
        Assert.Contains("images/hero.avif", Files(output.Path));
        Assert.Empty(report.Diagnostics);
        Assert.Equal(17 + 6, report.ImagesOptimized); // the 2 KB GIF saves less than the 256-byte floor
        Assert.True(new FileInfo(output.Combine("css", "main.css")).Length < new FileInfo(Path.Combine(TestPaths.SampleSite, "css", "main.css")).Length);
        Assert.Contains("<picture>", File.ReadAllText(output.Combine("gallery.html")));
        Assert.True(new FileInfo(output.Combine("images", "hero.jpg")).Length < new FileInfo(Path.Combine(TestPaths.SampleSite, "images", "hero.jpg")).Length / 4);
        // Images are encoded once, as they arrive, with every variant a page could need; the
        // rewrite of the mirror's pages then finds each one in the run's cache.
        Assert.Equal(report.ImagesOptimized + report.ImagesKept, report.Encoding.Images);
        Assert.Equal(report.ImagesOptimized + report.ImagesKept, report.Encoding.FromCache);
    }

    [Fact]
    public async Task Optimize_SiteWithQueriesAndExtensionlessPages_WritesAMirrorThatServesAsIs()
    {
        await using var live = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => Results.Content(HostileRoutes.Html("""
                <link rel="stylesheet" href="/style.css?v=2">
                <a href="about">About</a> <a href="/blog/">Blog</a>
                <img src="img/dot.png?size=1" srcset="img/dot.png?size=1 1x, img/dot.png?size=2 2x">
                <script type="module" src="app.js?v=1"></script>
                """), "text/html"));
            app.MapGet("/about", () => Results.Content(HostileRoutes.Html("<a href=\"./\">home</a> <img src=\"img/dot.png?size=1\">"), "text/html"));
            app.MapGet("/blog/", () => Results.Content(HostileRoutes.Html("<a href=\"../about\">about</a>"), "text/html"));
            app.MapGet("/style.css", () => Results.Text("body { background: url('img/dot.png?size=2') }", "text/css"));
            app.MapGet("/img/dot.png", () => Results.Bytes(HostileRoutes.TinyPng, "image/png"));
            app.MapGet("/app.js", () => Results.Text("import { x } from './dep.js?v=1'; console.log(x);", "text/javascript"));
            app.MapGet("/dep.js", () => Results.Text("export const x = 1;", "text/javascript"));
        });
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(s_options).OptimizeAsync(live.Root.AbsoluteUri, output.Path);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(
            ["about.html", "app@v=1.js", "blog/index.html", "dep@v=1.js", "img/dot@size=1.png", "img/dot@size=2.png", "index.html", "style@v=2.css"],
            Files(output.Path));
        Assert.Contains("./img/dot@size=2.png", File.ReadAllText(output.Combine("style@v=2.css")));
        Assert.Contains("./dep@v=1.js", File.ReadAllText(output.Combine("app@v=1.js")));

        // Served by a plain static file server, the mirror must have no broken reference.
        await using var mirror = await LoopbackServer.StartAsync(_ => { }, output.Path);
        using var source = new HttpSource(mirror.Root, s_options.Crawl, TimeProvider.System);
        var recrawl = await new Crawler(source, s_options.Crawl, TimeProvider.System).CrawlAsync(CancellationToken.None);
        Assert.All(recrawl.Resources, r => Assert.True(r.State == ResourceState.Fetched, $"{r.Url}: {r.Note}"));
        Assert.Contains(recrawl.Resources, r => r.Url.EndsWith("/dep@v=1.js", StringComparison.Ordinal));
        Assert.Contains(recrawl.Resources, r => r.Url.EndsWith("/img/dot@size=2.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Optimize_LiveSiteWithBrokenParts_FinishesAndNamesEachFailureAtItsReference()
    {
        await using var server = await LoopbackServer.StartAsync(HostileRoutes.Map);
        using var output = new TempDirectory();
        var options = s_options with { Crawl = s_options.Crawl with { RequestTimeoutSeconds = 2, Retries = 2, MaxPages = 10, MaxBodyBytes = 1_000_000 } };

        var report = await new SiteOptimizerPipeline(options).OptimizeAsync(server.Root.AbsoluteUri, output.Path);

        var index = server.Root.AbsoluteUri;
        Assert.Contains(report.Diagnostics, d => d.File == index && d.Code == "SO2002" && d.Message.Contains("/missing.png", StringComparison.Ordinal) && d.Line > 0);
        Assert.Contains(report.Diagnostics, d => d.File == index && d.Code == "SO2003" && d.Message.Contains("timed out", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Code == "SO2003" && d.Message.Contains("redirect loop", StringComparison.Ordinal));
        Assert.True(File.Exists(output.Combine("index.html")));
        Assert.True(File.Exists(output.Combine("flaky.png")));
    }

    [Fact]
    public async Task Optimize_WithDownloadCrossOrigin_SelfHostsTheAssetAndPointsThePageAtIt()
    {
        await using var cdn = await LoopbackServer.StartAsync(app => app.MapGet("/lib/logo.png", () => Results.Bytes(HostileRoutes.TinyPng, "image/png")));
        await using var live = await LoopbackServer.StartAsync(app => app.MapGet("/", () =>
            Results.Content(HostileRoutes.Html($"<img src=\"{cdn.Url("/lib/logo.png")}\">"), "text/html")));
        using var output = new TempDirectory();
        var options = s_options with { Crawl = s_options.Crawl with { DownloadCrossOrigin = true } };

        var report = await new SiteOptimizerPipeline(options).OptimizeAsync(live.Root.AbsoluteUri, output.Path);

        Assert.Empty(report.Diagnostics);
        var hosted = $"_external/127.0.0.1_{cdn.Root.Port}/lib/logo.png";
        Assert.True(File.Exists(output.Combine(hosted)), hosted);
        Assert.Contains($"src=\"./{hosted}\"", File.ReadAllText(output.Combine("index.html")));
    }

    [Fact]
    public async Task Optimize_TooManyRequestsThenOk_IsRetriedAndMirrored()
    {
        var calls = 0;
        await using var live = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => Results.Content(HostileRoutes.Html("<img src=\"/busy.png\">"), "text/html"));
            app.MapGet("/busy.png", () => Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(429) : Results.Bytes(HostileRoutes.TinyPng, "image/png"));
        });
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(s_options).OptimizeAsync(live.Root.AbsoluteUri, output.Path);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(2, report.Graph.Resources.Single(r => r.Url.EndsWith("/busy.png", StringComparison.Ordinal)).Attempts);
        Assert.True(File.Exists(output.Combine("busy.png")));
    }

    private static List<string> Files(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();
}
