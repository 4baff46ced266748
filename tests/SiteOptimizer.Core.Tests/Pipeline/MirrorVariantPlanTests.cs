using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Imaging;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>
/// A live site's images are encoded with the variants its pages ask for, as a folder's are:
/// not every width and format "because a page might ask for it", and the output is the same.
/// </summary>
public sealed class MirrorVariantPlanTests
{
    private const string Responsive = "images/gallery/ladybird.jpg";
    private const string Background = "images/gallery/raindrops.jpg";
    private const string Plain = "images/gallery/dune-grass.jpg";

    [Fact]
    public async Task Optimize_LiveSite_EncodesOnlyWhatItsPagesAskForAndWritesWhatAFolderRunWrites()
    {
        using var temp = new TempDirectory();
        var site = Site(temp.Combine("site"));
        var options = new OptimizerOptions
        {
            Crawl = new CrawlOptions { RespectRobotsTxt = false },
            Images = new ImageOptions { MaxWidth = 800, Widths = [320], Avif = new AvifOptions { Effort = 0 } },
            Cache = new CacheOptions { Path = temp.Combine("cache") },
            Estimate = new() { Enabled = false },
        };
        await using var server = await LoopbackServer.StartAsync(_ => { }, site);

        var live = await new SiteOptimizerPipeline(options).OptimizeAsync(server.Root.AbsoluteUri, temp.Combine("from-url"));
        await new SiteOptimizerPipeline(options with { Cache = new CacheOptions { Enabled = false } }).OptimizeAsync(site, temp.Combine("from-folder"));

        var cache = new ImageResultCache(new ContentCache(temp.Combine("cache"), long.MaxValue, readOnly: true), options.Images);
        var every = new ImageVariants(OtherFormats: true, options.Images.Widths);
        // The author made this one responsive: no page asks for anything more of it.
        Assert.NotNull(Cached(cache, site, Responsive, ImageVariants.None));
        Assert.Null(Cached(cache, site, Responsive, new ImageVariants(OtherFormats: true, [])));
        // A CSS background gets other formats at full size, no narrower copies.
        Assert.NotNull(Cached(cache, site, Background, new ImageVariants(OtherFormats: true, [])));
        Assert.Null(Cached(cache, site, Background, every));
        // A plain <img> gets everything.
        Assert.NotNull(Cached(cache, site, Plain, every));
        Assert.Equal(live.ImagesOptimized + live.ImagesKept, live.Encoding.FromCache);
        var fromUrl = Files(temp.Combine("from-url"));
        var fromFolder = Files(temp.Combine("from-folder"));
        Assert.Equal(fromFolder.Keys, fromUrl.Keys);
        Assert.All(fromFolder, file => Assert.True(file.Value.SequenceEqual(fromUrl[file.Key]), $"{file.Key} differs"));
    }

    private static ImageResult? Cached(ImageResultCache cache, string site, string path, ImageVariants wanted)
    {
        var bytes = File.ReadAllBytes(Path.Combine(site, path));
        return cache.Find(new ImageInput(path, () => bytes) { Content = ContentHash.Of(bytes), Wanted = wanted });
    }

    private static string Site(string folder)
    {
        foreach (var path in new[] { Responsive, Background, Plain })
        {
            Directory.CreateDirectory(Path.Combine(folder, Path.GetDirectoryName(path)!));
            File.Copy(TestPaths.SampleImage(path), Path.Combine(folder, path));
        }
        File.WriteAllText(Path.Combine(folder, "index.html"), $"""
            <!doctype html><html><head><title>Plan</title><link rel="stylesheet" href="site.css"></head><body>
            <img src="{Responsive}" srcset="{Responsive} 1200w" sizes="50vw" alt="">
            <div class="hero">Hello</div>
            <a href="more.html">more</a>
            </body></html>
            """);
        File.WriteAllText(Path.Combine(folder, "more.html"), $"""
            <!doctype html><html><head><title>More</title></head><body><img src="{Plain}" alt=""></body></html>
            """);
        File.WriteAllText(Path.Combine(folder, "site.css"), $".hero {{ background-image: url({Background}); height: 300px; }}\n");
        return folder;
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("siteopt-report", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
