using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Estimation;

/// <summary>The estimate on the whole sample site, optimized by the pipeline (with light image settings to keep it quick).</summary>
public sealed class SampleSiteEstimateTests
{
    // The model does not yet see an image a script inserts: on this page, the banner that is its
    // LCP in a browser, which the optimized page preloads. It is a known gap (README, "How close
    // it is"); the page is estimated and reported, but its saving cannot be judged here.
    private static readonly string[] s_scriptInsertedLcp = ["blog/photo-trips.html"];

    [Fact]
    public async Task OptimizingTheSampleSite_MakesEveryPagesLcpEarlier_AndTheReportCarriesIt()
    {
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(SampleSiteGuaranteesTests.Options).OptimizeAsync(TestPaths.SampleSite, output.Path);

        var estimate = Assert.IsType<SiteEstimate>(report.Estimate);
        Assert.Equal(NetworkProfiles.DefaultName, estimate.Profile.Name);
        Assert.True(estimate.Pages.Count >= 7, $"{estimate.Pages.Count} pages");
        var judged = estimate.Pages.Where(p => !s_scriptInsertedLcp.Contains(p.Page)).ToList();
        Assert.Contains(estimate.Pages, p => s_scriptInsertedLcp.Contains(p.Page));
        Assert.All(judged, page => Assert.True(page.LcpSavedMs > 0, $"{page.Page}: LCP {page.Before.Metrics.LcpMs} → {page.After.Metrics.LcpMs} ms"));
        Assert.All(judged, page => Assert.True(page.After.Metrics.Bytes < page.Before.Metrics.Bytes, $"{page.Page}: {page.Before.Metrics.Bytes} → {page.After.Metrics.Bytes} bytes"));
        var home = estimate.Pages.Single(p => p.Page == "index.html");
        Assert.True(home.LcpAttribution.ImagesMs > 0, $"images saved {home.LcpAttribution.ImagesMs} ms of the home page's LCP");
    }

    [Fact]
    public async Task EstimatingASiteAgainstItself_SavesNothing()
    {
        var estimate = await new LoadEstimator().EstimateAsync(TestPaths.SampleSite, TestPaths.SampleSite, NetworkProfiles.Desktop);

        Assert.NotEmpty(estimate.Pages);
        Assert.All(estimate.Pages, page =>
        {
            Assert.Equal(0, page.LcpSavedMs);
            Assert.Equal(0, page.FcpSavedMs);
            Assert.Equal(0, page.LoadSavedMs);
        });
    }
}
