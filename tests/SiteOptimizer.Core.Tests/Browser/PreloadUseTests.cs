using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteOptimizer.Configuration;
using SiteOptimizer.Discovery;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// An image preload is the file the page then uses, never a second download: in Chromium, with
/// an empty cache, each preloaded image is requested once (its other formats and widths not at
/// all), and Chromium does not warn that a preload went unused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PreloadUseTests(SampleSiteBrowser site, ITestOutputHelper output)
{
    private const string UnusedPreloadWarning = "was preloaded using link preload but not used";

    [ChromiumTheory]
    [InlineData("index.html")] // a CSS background hero, preloaded as AVIF
    [InlineData("blog/photo-trips.html")] // a banner a module inserts
    public async Task Load_OptimizedSamplePage_UsesItsImagePreloadOnce(string page)
    {
        await AssertImagePreloadsUsedOnce(site.Optimized.Url(page), File.ReadAllText(Path.Combine(site.OptimizedFolder, page)));
    }

    [ChromiumFact]
    public async Task Load_ImageBehindBlockingResources_UsesItsResponsivePreloadOnce()
    {
        using var source = new TempDirectory();
        using var optimized = new TempDirectory();
        File.Copy(TestPaths.SamplePhoto("forest-stream.jpg"), source.Combine("photo.jpg"));
        foreach (var sheet in new[] { "a.css", "b.css", "c.css" })
        {
            File.WriteAllText(source.Combine(sheet), "h1 { margin: 0 0 1rem }");
        }
        File.WriteAllText(source.Combine("index.html"), """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Behind blocking resources</title>
            <link rel="stylesheet" href="a.css"><link rel="stylesheet" href="b.css"><link rel="stylesheet" href="c.css">
            </head><body><main><h1>The stream</h1><img src="photo.jpg" alt="A forest stream" width="800"></main></body></html>
            """);
        await new SiteOptimizerPipeline(new OptimizerOptions()).OptimizeAsync(source.Path, optimized.Path);
        await using var server = await LoopbackServer.StartAsync(_ => { }, optimized.Path);

        var html = File.ReadAllText(optimized.Combine("index.html"));
        Assert.Contains("imagesrcset=", html, StringComparison.Ordinal);
        await AssertImagePreloadsUsedOnce(server.Url("index.html"), html);
    }

    private async Task AssertImagePreloadsUsedOnce(Uri page, string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var preloads = document.QuerySelectorAll("link[rel~=preload][as=image]");
        Assert.NotEmpty(preloads);

        var trace = await PageLoadRecorder.LoadAsync(site.Chromium, page);

        output.WriteLine(string.Join('\n', trace.Requests));
        foreach (var preload in preloads)
        {
            var candidates = (preload.GetAttribute("href") is { } href ? [href] : SrcsetParser.Parse(preload.GetAttribute("imagesrcset")!).Select(c => c.Url))
                .Select(u => new Uri(page, u))
                .ToList();
            var family = Family(candidates[0]);
            var requested = trace.Requests.Where(r => Family(r) == family).ToList();
            var only = Assert.Single(requested);
            Assert.Contains(only, candidates);
        }
        Assert.DoesNotContain(trace.Console, m => m.Contains(UnusedPreloadWarning, StringComparison.Ordinal));
    }

    // An image and its variants: images/hero.jpg, images/hero.avif and images/hero-640w.webp alike.
    private static string Family(Uri url) => VariantSuffix().Replace(url.AbsolutePath, "");

    [GeneratedRegex(@"(-\d+w)?\.[a-z0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex VariantSuffix();
}
