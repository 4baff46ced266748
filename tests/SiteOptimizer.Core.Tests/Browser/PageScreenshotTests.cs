using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Pages look the same after optimization: each sample-site page, screenshotted whole in
/// headless Chromium before and after, differs by no more than image recompression does
/// (thresholds on <see cref="ScreenshotDifference"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageScreenshotTests(SampleSiteBrowser site, ITestOutputHelper output)
{
    public static TheoryData<string> Pages() => [.. SamplePages.All];

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Screenshot_OptimizedPage_LooksLikeTheOriginal(string page)
    {
        var before = await site.Chromium.ScreenshotAsync(site.Original.Url(page));
        var after = await site.Chromium.ScreenshotAsync(site.Optimized.Url(page));

        var difference = ScreenshotDifference.Measure(before, after);

        output.WriteLine($"{page} before/after: {difference}");
        Assert.True(difference.LooksTheSame,
            $"{page} looks different after optimization: {difference}\n{ScreenshotArtifacts.Keep(page, before, after)}");
    }

    // Screenshots are compared pixel for pixel, so taking one must be deterministic: no
    // animation caught halfway, no image still loading, no scroll position left over.
    [ChromiumFact]
    public async Task Screenshot_SamePageTwice_IsIdentical()
    {
        var first = await site.Chromium.ScreenshotAsync(site.Original.Url("index.html"));
        var second = await site.Chromium.ScreenshotAsync(site.Original.Url("index.html"));

        var difference = ScreenshotDifference.Measure(first, second);

        output.WriteLine($"index.html twice: {difference}");
        Assert.True(difference is { MeanDeltaE00: < 0.01, ChangedFraction: 0 },
            $"two screenshots of one page differ: {difference}\n{ScreenshotArtifacts.Keep("index-twice", first, second)}");
    }
}
