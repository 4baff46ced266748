using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// The screenshot comparison can fail: a page with a real visible change exceeds the
/// thresholds that optimized pages must stay within.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotSensitivityTests(SampleSiteBrowser site, ITestOutputHelper output)
{
    private const string IntroPhoto = "<img src=\"images/gallery/aitzgorri-ridge.jpg\"";

    public static TheoryData<string, string, string> Alterations() => new()
    {
        { "an image's width attribute changed", IntroPhoto, IntroPhoto + " width=\"400\"" },
        { "a photo missing", "images/gallery/mountain-sunset.jpg", "images/gallery/missing.jpg" },
        { "the stylesheet missing", "<link rel=\"stylesheet\" href=\"css/main.css\">", "" },
    };

    [ChromiumTheory]
    [MemberData(nameof(Alterations))]
    public async Task Screenshot_PageWithAVisibleChange_ExceedsTheThresholds(string change, string find, string replace)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(TestPaths.SampleSite, "index.html"));
        Assert.Contains(find, html);
        await using var altered = await LoopbackServer.StartAsync(AlteredPage.Serve(html.Replace(find, replace)), TestPaths.SampleSite);

        var before = await site.Chromium.ScreenshotAsync(site.Original.Url("index.html"));
        var after = await site.Chromium.ScreenshotAsync(altered.Url(AlteredPage.Path));

        var difference = ScreenshotDifference.Measure(before, after);

        output.WriteLine($"index.html with {change}: {difference}");
        Assert.False(difference.LooksTheSame,
            $"index.html with {change} passes as unchanged: {difference}\n{ScreenshotArtifacts.Keep(change, before, after)}");
    }
}
