using SiteOptimizer.Measurement;
using SiteOptimizer.Tests.Browser.Comparison;
using SiteOptimizer.Tests.Support;
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

        var comparison = await CompareAsync(served, page, screen, emulation, inParallel: true);
        if (!comparison.LooksTheSame)
        {
            // A difference must show twice, the second time with one tab at a time: on a busy
            // machine a photo can be missing from one capture, never from two.
            output.WriteLine($"first look: {comparison}");
            comparison = await CompareAsync(served, page, screen, emulation, inParallel: false);
        }

        output.WriteLine(comparison.ToString());
        PageComparisonReport.Add(site, comparison);
        if (!comparison.LooksTheSame)
        {
            Assert.Fail($"{site}/{comparison}\n{ScreenshotArtifacts.Keep($"{site}-{page}-{screen}", comparison.Before.FullPage, comparison.After.FullPage)}");
        }
    }

    private async Task<PageComparison> CompareAsync(ServedSite served, string page, string screen, DeviceEmulation emulation, bool inParallel)
    {
        Task<PageView> View(LoopbackServer server) => PageViewer.ViewAsync(sample.Chromium, server.Url(page), server.Root, served.Site.OwnOrigin, emulation);
        if (inParallel)
        {
            // Both at once, in two tabs: most of a view is waiting (decodes, frames, timers).
            var views = await Task.WhenAll(View(served.Original), View(served.Optimized));
            return PageComparison.Of(page, screen, views[0], views[1]);
        }
        var before = await View(served.Original);
        return PageComparison.Of(page, screen, before, await View(served.Optimized));
    }
}
