using SiteOptimizer.Tests.Browser.Comparison;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Every page of the sample site and of each fixture site (TestData/Sites: patterns real sites
/// use) looks and behaves the same after optimization, on a phone and on a desktop: the first
/// viewport and the full page (scrolled through, lazy content loaded) within the screenshot
/// thresholds, no image box moved or resized, every stylesheet applied, no resource failing and
/// no console error that the original page did not have.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageComparisonTests(SampleSiteBrowser sample, ServedSites sites, ITestOutputHelper output) : IClassFixture<ServedSites>
{
    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var site in PageSites.All)
        {
            foreach (var page in site.Pages)
            {
                foreach (var screen in PageViewports.All.Keys)
                {
                    data.Add(site.Name, page, screen);
                }
            }
        }
        return data;
    }

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Optimize_EveryPage_LooksAndLoadsLikeTheOriginal(string site, string page, string screen)
    {
        var served = await sites.GetAsync(PageSites.Named(site), sample);
        var emulation = PageViewports.All[screen];

        // Both views at once, in two tabs: most of a view is waiting (decodes, frames, the network).
        var views = await Task.WhenAll(
            PageViewer.ViewAsync(sample.Chromium, served.Original.Url(page), served.Original.Root, served.Site.OwnOrigin, emulation),
            PageViewer.ViewAsync(sample.Chromium, served.Optimized.Url(page), served.Optimized.Root, served.Site.OwnOrigin, emulation));
        var comparison = PageComparison.Of(page, screen, views[0], views[1]);

        output.WriteLine(comparison.ToString());
        PageComparisonReport.Add(site, comparison);
        if (!comparison.LooksTheSame)
        {
            Assert.Fail($"{site}/{comparison}\n{ScreenshotArtifacts.Keep($"{site}-{page}-{screen}", views[0].FullPage, views[1].FullPage)}");
        }
    }
}
