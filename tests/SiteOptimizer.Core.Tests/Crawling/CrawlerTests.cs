using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteOptimizer.Crawling;
using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;
using SiteOptimizer.Sources;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Crawling;

public sealed class CrawlerTests
{
    private static readonly CrawlOptions s_fast = new()
    {
        RequestTimeoutSeconds = 2,
        Retries = 2,
        MaxBodyBytes = 5_000_000,
        MaxPages = 25,
        RespectRobotsTxt = false,
    };

    private static async Task<SiteGraph> CrawlAsync(Uri root, CrawlOptions options, CancellationToken cancellationToken = default)
    {
        using var source = new HttpSource(root, options, TimeProvider.System);
        return await new Crawler(source, options, TimeProvider.System).CrawlAsync(cancellationToken);
    }

    private static SiteResource Resource(SiteGraph graph, LoopbackServer server, string path) =>
        graph.Find(server.Url(path).AbsoluteUri) ?? throw new Xunit.Sdk.XunitException($"{path} not in the graph");

    [Fact]
    public async Task Crawl_SampleSiteOverHttp_FetchesEveryFileOfTheSite()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);

        var graph = await CrawlAsync(server.Root, s_fast);

        var files = Directory.EnumerateFiles(TestPaths.SampleSite, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.SampleSite, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        var fetched = graph.Resources.Where(r => r.State == ResourceState.Fetched)
            .Select(r => new Uri(r.Url).AbsolutePath.TrimStart('/'))
            .Select(p => p.Length == 0 || p.EndsWith('/') ? p + "index.html" : p)
            .Distinct() // "/" and "/index.html" are two URLs of one file
            .Order(StringComparer.Ordinal).ToList();
        Assert.All(graph.Resources, r => Assert.True(r.State != ResourceState.Failed, $"{r.Url}: {r.Note}"));
        Assert.Equal(files, fetched);
    }

    [Fact]
    public async Task Crawl_SampleSite_RecordsHowTheBrowserDiscoversEachResourceAndItsDepth()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);

        var graph = await CrawlAsync(server.Root, s_fast);

        SiteEdge Edge(string from, string to) => graph.Edges.First(e => e.From == server.Url(from).AbsoluteUri && e.To == server.Url(to).AbsoluteUri);
        Assert.Equal((DiscoveryKind.HtmlParser, 1), (Edge("/", "/css/main.css").Discovery, Edge("/", "/css/main.css").Depth));
        Assert.Equal((DiscoveryKind.Css, 2), (Edge("/css/main.css", "/css/base.css").Discovery, Edge("/css/main.css", "/css/base.css").Depth));
        Assert.Equal((DiscoveryKind.Css, 3), (Edge("/css/base.css", "/fonts/lato-bold.woff2").Discovery, Edge("/css/base.css", "/fonts/lato-bold.woff2").Depth));
        Assert.Equal(DiscoveryKind.Css, Edge("/css/main.css", "/images/hero.jpg").Discovery);
        Assert.Equal((DiscoveryKind.Script, 2), (Edge("/js/app.js", "/js/lightbox.js").Discovery, Edge("/js/app.js", "/js/lightbox.js").Depth));
        Assert.Equal(DiscoveryKind.Navigation, Edge("/", "/gallery.html").Discovery);
        Assert.Equal(DiscoveryKind.Script, Edge("/js/trip-photos.js", "/images/gallery/mountain-sunset.jpg").Discovery);
        Assert.Equal(ResourceType.Module, Resource(graph, server, "/js/utils.js").Type);
        Assert.Equal(ResourceType.Font, Resource(graph, server, "/fonts/lato-regular.woff2").Type);
        Assert.True(Resource(graph, server, "/").IsPage);
        Assert.False(Resource(graph, server, "/images/hero.jpg").IsPage);
        Assert.InRange(graph.LongestChain, 4, 8);
    }

    [Fact]
    public async Task Crawl_WithSlowResponses_KeepsManyRequestsInFlightButNoMoreThanThePerOriginLimit()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite, TimeSpan.FromMilliseconds(100));

        var options = s_fast with { ConnectionsPerOrigin = 4 };
        using var source = new CountingSource(new HttpSource(server.Root, options, TimeProvider.System));

        await new Crawler(source, options, TimeProvider.System).CrawlAsync(CancellationToken.None);

        Assert.Equal(4, source.MaxInFlight);
        Assert.InRange(server.Requests.MaxInFlight, 3, 5);
    }

    [Fact]
    public async Task Crawl_HostileServer_FinishesWithinItsBoundsAndRecordsEveryFailure()
    {
        await using var server = await LoopbackServer.StartAsync(HostileRoutes.Map);
        var clock = Stopwatch.StartNew();

        var graph = await CrawlAsync(server.Root, s_fast);

        // Worst case: the drip's 3 attempts × 2 s plus backoff; nothing may wait for the drip's full minute.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Contains("redirect loop", Resource(graph, server, "/loop/a").Note);
        Assert.Contains("more than 5 redirects", Resource(graph, server, "/long-redirect/0").Note);
        Assert.Contains("timed out after 2 s", Resource(graph, server, "/drip.jpg").Note);
        Assert.Contains("body larger than", Resource(graph, server, "/endless.png").Note);
        var always500 = Resource(graph, server, "/always-500.png");
        Assert.Equal((ResourceState.Failed, 500, 3), (always500.State, always500.Status, always500.Attempts));
        var flaky = Resource(graph, server, "/flaky.png");
        Assert.Equal((ResourceState.Fetched, 3), (flaky.State, flaky.Attempts));
        Assert.Contains("connection failed", Resource(graph, server, "/reset.png").Note);
        Assert.Equal(404, Resource(graph, server, "/missing.png").Status);
        Assert.Equal(ResourceState.Fetched, Resource(graph, server, "/from-plain-css.png").State);
        var pagesTried = graph.Resources.Where(r => r.IsPage && r.State != ResourceState.Skipped).ToList();
        Assert.Equal(s_fast.MaxPages, pagesTried.Count);
        Assert.Contains(graph.Resources, r => r.Note?.Contains("crawl.maxPages") == true);
        Assert.DoesNotContain(graph.Resources, r => !r.Url.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_RespectsRobotsTxtUnlessToldNotTo()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /private/\n");
            app.MapGet("/", () => Results.Content(HostileRoutes.Html("<a href=\"/private/x.html\">x</a><a href=\"/public.html\">p</a>"), "text/html"));
            app.MapGet("/private/x.html", () => Results.Content(HostileRoutes.Html("secret"), "text/html"));
            app.MapGet("/public.html", () => Results.Content(HostileRoutes.Html("public"), "text/html"));
        });

        var polite = await CrawlAsync(server.Root, s_fast with { RespectRobotsTxt = true });
        var own = await CrawlAsync(server.Root, s_fast with { RespectRobotsTxt = false });

        Assert.Equal((ResourceState.Skipped, "disallowed by robots.txt"), (Resource(polite, server, "/private/x.html").State, Resource(polite, server, "/private/x.html").Note));
        Assert.Equal(ResourceState.Fetched, Resource(polite, server, "/public.html").State);
        Assert.Equal(ResourceState.Fetched, Resource(own, server, "/private/x.html").State);
    }

    [Fact]
    public async Task Crawl_ReadsSitemapForPagesNothingLinksTo()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/sitemap.xml", (HttpContext c) => Results.Content(
                $"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{c.Request.Scheme}://{c.Request.Host}/orphan.html</loc></url></urlset>""", "application/xml"));
            app.MapGet("/", () => Results.Content(HostileRoutes.Html("home"), "text/html"));
            app.MapGet("/orphan.html", () => Results.Content(HostileRoutes.Html("orphan"), "text/html"));
        });

        var graph = await CrawlAsync(server.Root, s_fast);

        Assert.Contains(server.Url("/orphan.html").AbsoluteUri, graph.EntryPages);
        Assert.Equal(ResourceState.Fetched, Resource(graph, server, "/orphan.html").State);
    }

    [Fact]
    public async Task Crawl_CrossOriginAssets_AreRecordedAndDownloadedOnlyWhenConfigured()
    {
        await using var cdn = await LoopbackServer.StartAsync(app => app.MapGet("/logo.png", () => Results.Bytes(HostileRoutes.TinyPng, "image/png")));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () =>
            Results.Content(HostileRoutes.Html($"<img src=\"{cdn.Url("/logo.png")}\"><a href=\"{cdn.Url("/other-site.html")}\">x</a>"), "text/html")));

        var recorded = await CrawlAsync(server.Root, s_fast);
        Assert.Equal(0, cdn.Requests.Total);
        var downloaded = await CrawlAsync(server.Root, s_fast with { DownloadCrossOrigin = true });

        var logo = cdn.Url("/logo.png").AbsoluteUri;
        Assert.Equal(ResourceState.Skipped, recorded.Find(logo)!.State);
        Assert.True(recorded.Find(logo)!.IsCrossOrigin);
        Assert.Equal(ResourceState.Fetched, downloaded.Find(logo)!.State);
        Assert.Equal(ResourceState.Skipped, downloaded.Find(cdn.Url("/other-site.html").AbsoluteUri)!.State);
        Assert.Equal(1, cdn.Requests.Count("/logo.png"));
    }

    [Fact]
    public async Task Crawl_IncludeExcludeAndDepth_LimitWhichPagesAreFetched()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);

        var graph = await CrawlAsync(server.Root, s_fast with { Exclude = ["/blog/**"], MaxDepth = 1 });

        Assert.Equal(ResourceState.Skipped, Resource(graph, server, "/blog/index.html").State);
        Assert.Equal(ResourceState.Fetched, Resource(graph, server, "/gallery.html").State);
        Assert.DoesNotContain(server.Requests.All, p => p.StartsWith("/blog/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_Folder_FindsTheSameResourcesAsOverHttp()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);
        using var folder = new FolderSource(TestPaths.SampleSite);

        var overHttp = await CrawlAsync(server.Root, s_fast);
        var fromFolder = await new Crawler(folder, s_fast, TimeProvider.System).CrawlAsync(CancellationToken.None);

        static IEnumerable<string> Paths(SiteGraph g) => g.Resources.Select(r => new Uri(r.Url).PathAndQuery).Order(StringComparer.Ordinal);
        Assert.Equal(Paths(overHttp), Paths(fromFolder));
        Assert.All(fromFolder.Resources, r => Assert.Equal(ResourceState.Fetched, r.State));
    }

    [Fact]
    public async Task Crawl_Cancelled_StopsWithOperationCanceled()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite, TimeSpan.FromMilliseconds(200));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CrawlAsync(server.Root, s_fast, cancellation.Token));
    }
}
