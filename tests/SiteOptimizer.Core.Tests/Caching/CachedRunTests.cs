using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Caching;

/// <summary>Runs of the whole pipeline over one cache, counting encodes (never timing them).</summary>
public sealed class CachedRunTests
{
    [Fact]
    public async Task SecondRun_OnAnUnchangedSite_EncodesNoImageAndWritesTheSameFiles()
    {
        using var site = new SmallSite();
        var pipeline = new SiteOptimizerPipeline(site.Options());

        var first = await pipeline.OptimizeAsync(site.Site, site.Output("first"));
        var second = await pipeline.OptimizeAsync(site.Site, site.Output("second"));

        Assert.Equal(SmallSite.Images, first.Encoding.Images);
        Assert.Equal(0, second.Encoding.Images);
        Assert.Equal(SmallSite.Images, second.Encoding.FromCache);
        Assert.Equal(0, second.Cache!.TextMisses);
        Assert.True(second.Cache.TextHits > 0);
        Assert.True(second.Variants.Files > 0);
        SmallSite.AssertSameFiles(site.Output("first"), site.Output("second"));
    }

    [Fact]
    public async Task ChangingOneImage_ReencodesOnlyThatImage()
    {
        using var site = new SmallSite();
        var pipeline = new SiteOptimizerPipeline(site.Options());
        await pipeline.OptimizeAsync(site.Site, site.Output("first"));

        site.Copy("images/gallery/ladybird.jpg", "b.jpg");
        var second = await pipeline.OptimizeAsync(site.Site, site.Output("second"));

        Assert.Equal(1, second.Encoding.Images);
        Assert.Equal(SmallSite.Images - 1, second.Encoding.FromCache);
        Assert.False(File.ReadAllBytes(site.Output("first") + "/b.jpg").SequenceEqual(File.ReadAllBytes(site.Output("second") + "/b.jpg")));
    }

    [Fact]
    public async Task ADamagedEntry_IsDetectedAndRebuilt()
    {
        using var site = new SmallSite();
        var pipeline = new SiteOptimizerPipeline(site.Options());
        await pipeline.OptimizeAsync(site.Site, site.Output("first"));
        var entries = Directory.GetFiles(site.CacheFolder, "*", SearchOption.AllDirectories).OrderByDescending(f => new FileInfo(f).Length).ToList();
        using (var largest = File.OpenWrite(entries[0]))
        {
            largest.SetLength(largest.Length / 2);
        }
        var flipped = File.ReadAllBytes(entries[1]);
        flipped[^1] ^= 0x55;
        File.WriteAllBytes(entries[1], flipped);

        var second = await pipeline.OptimizeAsync(site.Site, site.Output("second"));
        var third = await pipeline.OptimizeAsync(site.Site, site.Output("third"));

        Assert.Equal(2, second.Cache!.CorruptEntries);
        Assert.Equal(2, second.Encoding.Images);
        Assert.Equal(0, third.Encoding.Images);
        Assert.Equal(0, third.Cache!.CorruptEntries);
        SmallSite.AssertSameFiles(site.Output("first"), site.Output("second"));
    }

    [Fact]
    public async Task TwoRunsAtOnce_ShareOneCacheSafely()
    {
        using var site = new SmallSite();
        var pipeline = new SiteOptimizerPipeline(site.Options());

        await Task.WhenAll(
            Task.Run(() => pipeline.OptimizeAsync(site.Site, site.Output("one"))),
            Task.Run(() => pipeline.OptimizeAsync(site.Site, site.Output("two"))));
        var third = await pipeline.OptimizeAsync(site.Site, site.Output("three"));

        Assert.Equal(0, third.Encoding.Images);
        Assert.Equal(0, third.Cache!.CorruptEntries);
        Assert.Empty(Directory.GetFiles(site.CacheFolder, "*.tmp", SearchOption.AllDirectories));
        SmallSite.AssertSameFiles(site.Output("one"), site.Output("two"));
        SmallSite.AssertSameFiles(site.Output("one"), site.Output("three"));
    }

    [Fact]
    public async Task ALiveSite_EncodesEachImageOnce_AndTheRewriteFindsThemAll()
    {
        using var site = new SmallSite();
        await using var server = await LoopbackServer.StartAsync(_ => { }, site.Site);

        var report = await new SiteOptimizerPipeline(site.Options(cache: false)).OptimizeAsync(server.Root.AbsoluteUri, site.Output("mirror"));

        Assert.Equal(SmallSite.Images, report.Encoding.Images);
        Assert.Equal(SmallSite.Images, report.Encoding.FromCache);
        Assert.Null(report.Cache);
        Assert.False(Directory.Exists(site.CacheFolder));
        Assert.True(File.Exists(site.Output("mirror") + "/a.avif") || File.Exists(site.Output("mirror") + "/a.webp"));
        Assert.Contains("<picture>", File.ReadAllText(site.Output("mirror") + "/index.html"));
    }
}
