using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Estimation;

/// <summary>The estimate on the whole sample site, optimized by the pipeline (with light image settings to keep it quick).</summary>
public sealed class SampleSiteEstimateTests
{
    [Fact]
    public async Task OptimizingTheSampleSite_MakesEveryPagesLcpEarlier_AndTheReportCarriesIt()
    {
        using var output = new TempDirectory();

        var report = await new SiteOptimizerPipeline(SampleSiteGuaranteesTests.Options).OptimizeAsync(TestPaths.SampleSite, output.Path);

        var estimate = Assert.IsType<SiteEstimate>(report.Estimate);
        Assert.Equal(NetworkProfiles.DefaultName, estimate.Profile.Name);
        Assert.True(estimate.Pages.Count >= 7, $"{estimate.Pages.Count} pages");
        Assert.All(estimate.Pages, page => Assert.True(page.LcpSavedMs > 0, $"{page.Page}: LCP {page.Before.Metrics.LcpMs} → {page.After.Metrics.LcpMs} ms"));
        Assert.All(estimate.Pages, page => Assert.True(page.After.Metrics.Bytes < page.Before.Metrics.Bytes, $"{page.Page}: {page.Before.Metrics.Bytes} → {page.After.Metrics.Bytes} bytes"));
        // Its LCP is the banner a module inserts, which the optimized page preloads.
        var trips = estimate.Pages.Single(p => p.Page == "blog/photo-trips.html");
        Assert.EndsWith("mountain-sunset.jpg", trips.Before.LcpElement);
        Assert.True(trips.LcpAttribution.HintsMs > 0, $"the preload saved {trips.LcpAttribution.HintsMs} ms of blog/photo-trips.html's LCP");
        // The guard: no page ships a kind of change the estimate calls harmful (sample-site's
        // font preloads compete with its stylesheet; without them, the gallery's hints do too).
        Assert.All(estimate.Pages, page => Assert.All(page.ChangeCosts, cost => Assert.False(cost.Harms, $"{page.Page}: {cost}")));
        Assert.Contains(estimate.Pages, page => page.Withheld.Count > 0);
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
