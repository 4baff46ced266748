using SiteOptimizer.Tests.Browser.Comparison;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Each check of the page comparison can fail: a fixture page with one deliberate break, compared
/// with the page as it is, fails the check that watches for that kind of break.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageComparisonSensitivityTests(SampleSiteBrowser sample, ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string, string> Breaks() => new()
    {
        { "a width-only banner given width and height", "full-width-banner", "alt=\"A plasma banner\"", "alt=\"A plasma banner\" width=\"800\" height=\"400\"", "boxes" },
        { "an inline-style hero resized", "inline-style-hero", "url('assets/img/home-bg.jpg')\"", "url('assets/img/home-bg.jpg'); padding-top: 1rem\"", "boxes" },
        { "an integrity hash that no longer matches", "hugo-fingerprinted", "integrity=\"sha256-", "integrity=\"sha256-A", "stylesheets" },
        { "a stylesheet on the own domain missing", "own-domain", "https://blog.example.test/css/styles.css", "https://blog.example.test/css/gone.css", "stylesheets" },
        { "a script that throws", "gradient-hero", "</body>", "<script>revealEverything();</script></body>", "failures" },
    };

    [ChromiumTheory]
    [MemberData(nameof(Breaks))]
    public async Task Compare_PageWithABreak_FailsTheCheckForIt(string change, string siteName, string find, string replace, string check)
    {
        var site = PageSite.Open(Path.Combine(PageSites.FixtureRoot, siteName));
        var html = await File.ReadAllTextAsync(Path.Combine(site.Folder, "index.html"));
        Assert.Contains(find, html);
        await using var server = await LoopbackServer.StartAsync(AlteredPage.Serve(html.Replace(find, replace)), site.Folder);
        var screen = PageViewports.All["phone"];

        var before = await PageViewer.ViewAsync(sample.Chromium, server.Url("index.html"), server.Root, site.OwnOrigin, screen);
        var after = await PageViewer.ViewAsync(sample.Chromium, server.Url(AlteredPage.Path), server.Root, site.OwnOrigin, screen);
        var comparison = PageComparison.Of(siteName, change, before, after);

        output.WriteLine(comparison.ToString());
        Assert.False(comparison.LooksTheSame, $"{change} passes as unchanged:\n{comparison}");
        Assert.NotEmpty(check switch
        {
            "boxes" => comparison.MovedBoxes,
            "stylesheets" => comparison.LostStylesheets,
            _ => comparison.NewFailures,
        });
    }
}
