using SiteOptimizer.Diagnostics;
using SiteOptimizer.Graph;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Integrity;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>
/// A site that links its own files at its production address (a generator's absolute baseURL)
/// is optimized as one site: those files are crawled, minified and rewritten, and never preconnected.
/// </summary>
public sealed class OwnAddressTests
{
    [Fact]
    public async Task Optimize_HugoBlogWithAbsoluteUrls_CrawlsEveryPageAsTheSitesOwn()
    {
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(IntegritySite.Options).OptimizeAsync(IntegritySite.HugoBlog, output.Path);

        var pages = report.Graph.Resources.Where(r => r.IsPage && r.State == ResourceState.Fetched).Select(r => r.Url).Order().ToList();
        Assert.Equal(["http://site.invalid/", "http://site.invalid/posts/", "http://site.invalid/posts/post-1/", "http://site.invalid/posts/post-2/"], pages);
        Assert.DoesNotContain(report.Graph.Resources, r => r.Url.StartsWith("https://blog.example.test", StringComparison.Ordinal));
        var note = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.SiteOriginFound);
        Assert.Equal(("index.html", DiagnosticSeverity.Info), (note.File, note.Severity));
        Assert.Contains("https://blog.example.test", note.Message, StringComparison.Ordinal);
        foreach (var page in Directory.GetFiles(output.Path, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("preconnect", File.ReadAllText(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Optimize_HugoBlogPost_GetsPictureMarkupForItsAbsoluteImage()
    {
        using var output = new TempDirectory();

        await new SiteOptimizerPipeline(IntegritySite.Options).OptimizeAsync(IntegritySite.HugoBlog, output.Path);

        var post = File.ReadAllText(Path.Combine(output.Path, "posts", "post-1", "index.html"));
        Assert.Contains("<picture>", post, StringComparison.Ordinal);
        Assert.Contains("src=\"https://blog.example.test/images/banner_", post, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_SiteUrlSetting_TakesPrecedenceOverTheCanonicalLink()
    {
        using var site = new IntegritySite()
            .Write("css/site.css", IntegritySite.Stylesheet)
            .Write("index.html", """<!doctype html><html><head><link rel="canonical" href="https://old.example.test/"><link rel="stylesheet" href="https://new.example.test/css/site.css"></head><body><p>Hi</p></body></html>""");

        var report = await site.OptimizeAsync(IntegritySite.Options with { SiteUrl = "https://new.example.test/" });

        Assert.True(site.OutputBytes("css/site.css").Length < IntegritySite.Stylesheet.Length);
        Assert.DoesNotContain("preconnect", site.OutputText("index.html"), StringComparison.Ordinal);
        var note = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.SiteOriginFound);
        Assert.Contains("https://new.example.test", note.Message, StringComparison.Ordinal);
        Assert.Contains("siteUrl", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_AnotherSitesStylesheetWithoutCrossorigin_IsPreconnectedWithoutIt()
    {
        using var site = new IntegritySite()
            .Write("index.html", """<!doctype html><html><head><link rel="canonical" href="https://blog.example.test/"><link rel="stylesheet" href="https://cdn.example.test/lib.css"><link rel="stylesheet" href="https://blog.example.test/missing.css"></head><body><p>Hi</p></body></html>""");

        await site.OptimizeAsync();

        var html = site.OutputText("index.html");
        Assert.Contains("<link rel=\"preconnect\" href=\"https://cdn.example.test\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://blog.example.test\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_AnotherSitesStylesheetWithCrossorigin_IsPreconnectedWithIt()
    {
        using var site = new IntegritySite()
            .Write("index.html", """<!doctype html><html><head><link rel="stylesheet" href="https://cdn.example.test/lib.css" crossorigin="anonymous"></head><body><p>Hi</p></body></html>""");

        await site.OptimizeAsync();

        Assert.Contains("<link rel=\"preconnect\" href=\"https://cdn.example.test\" crossorigin>", site.OutputText("index.html"), StringComparison.Ordinal);
    }
}
