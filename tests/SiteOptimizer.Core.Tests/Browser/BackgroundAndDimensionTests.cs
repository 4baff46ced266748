using System.Text.Json;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// In Chromium, pages written as real templates write them keep every box where it was, while
/// their backgrounds come as AVIF: an image under a width-only rule (<c>.image.main img { width: 100% }</c>,
/// which the added <c>height</c> attribute would stretch), a logo under a height-only rule, a hero
/// in a <c>style</c> attribute, a hero behind a gradient layer in a <c>background</c> shorthand,
/// and a vendor-prefixed gradient chain whose unprefixed form Chromium rejects.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackgroundAndDimensionTests(SampleSiteBrowser site, TemplatePages pages, ITestOutputHelper output) : IClassFixture<TemplatePages>
{
    private const string BoxesScript = """
        [...document.querySelectorAll('img, [data-box]')].map(e => {
          const r = e.getBoundingClientRect();
          return { name: e.getAttribute('alt') || e.className, x: r.x, y: r.y, width: r.width, height: r.height };
        })
        """;

    [ChromiumTheory]
    [InlineData("index.html", new[] { "hero" })]
    [InlineData("layered.html", new[] { "layered", "chain" })]
    public async Task Load_OptimizedTemplatePage_KeepsEveryBoxAndShowsBackgroundsAsAvif(string page, string[] backgrounds)
    {
        await using var original = await LoopbackServer.StartAsync(_ => { }, pages.Source);
        await using var optimized = await LoopbackServer.StartAsync(_ => { }, pages.Optimized);

        var before = await PageLoadRecorder.LoadAsync(site.Chromium, original.Url(page), BoxesScript);
        var after = await PageLoadRecorder.LoadAsync(site.Chromium, optimized.Url(page), BoxesScript);

        output.WriteLine(before.Facts);
        output.WriteLine(after.Facts);
        output.WriteLine(string.Join('\n', after.Requests));
        Assert.Equal(Boxes(before.Facts!), Boxes(after.Facts!));
        foreach (var name in backgrounds)
        {
            Assert.Contains(before.Requests, r => r.AbsolutePath == $"/images/{name}.jpg");
            Assert.Contains(after.Requests, r => r.AbsolutePath == $"/images/{name}.avif");
            Assert.DoesNotContain(after.Requests, r => r.AbsolutePath == $"/images/{name}.jpg");
        }
        Assert.DoesNotContain(after.Console, m => m.Contains("preloaded using link preload but not used", StringComparison.Ordinal));
    }

    [Fact]
    public void Optimize_HeroInStyleAttribute_IsPreloadedAsTheAvifItsImageSetPicks()
    {
        var html = File.ReadAllText(Path.Combine(pages.Optimized, "index.html"));

        Assert.Matches("<link rel=\"?preload\"? href=\"?images/hero.avif\"? as=\"?image\"? type=\"?image/avif\"?", html);
        Assert.True(File.Exists(Path.Combine(pages.Optimized, "images", "hero.avif")));
    }

    // Rounded to the half pixel: a box that moved or changed size by a pixel is a different box.
    private static List<string> Boxes(string facts) =>
    [
        .. JsonDocument.Parse(facts).RootElement.EnumerateArray().Select(b =>
            $"{b.GetProperty("name").GetString()}: {Round(b, "x")},{Round(b, "y")} {Round(b, "width")}x{Round(b, "height")}"),
    ];

    private static double Round(JsonElement box, string property) => Math.Round(box.GetProperty(property).GetDouble() * 2) / 2;
}
