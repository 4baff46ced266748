using SiteOptimizer.Configuration;
using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Estimation;

/// <summary>The <c>estimate</c> section: built-in profiles, custom ones, and a name that is neither.</summary>
public sealed class EstimateOptionsTests
{
    [Fact]
    public void ACustomProfileInOptimizerJson_IsFoundByName_AndReplacesABuiltInOfTheSameName()
    {
        var options = OptimizerConfig.Parse("""
            { "estimate": { "profile": "office", "profiles": [
                { "name": "office", "rttMs": 20, "downloadKbps": 50000, "cpuSlowdown": 1, "viewportWidth": 1440, "deviceScaleFactor": 2, "http2": false },
                { "name": "desktop", "rttMs": 80, "downloadKbps": 5000 } ] } }
            """, "optimizer.json");

        var office = Assert.IsType<NetworkProfile>(options.Estimate.Resolve());
        Assert.Equal(("office", 20, 50000, 1440, 2, false), (office.Name, office.RttMs, office.DownloadKbps, office.ViewportWidth, office.DeviceScaleFactor, office.Http2));
        Assert.Equal(80, options.Estimate.Resolve("Desktop")!.RttMs);
        Assert.Equal(NetworkProfiles.Regular3G, options.Estimate.Resolve("regular-3g"));
    }

    [Fact]
    public void AProfileOutOfRange_IsAConfigurationErrorAtItsLine()
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse("""
            { "estimate": { "profiles": [
                { "name": "moon", "rttMs": -5 } ] } }
            """, "optimizer.json"));

        Assert.Equal(2, error.Line);
        Assert.Contains("rttMs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownProfileName_StopsTheRunWithTheNamesThereAre()
    {
        using var output = new TempDirectory();
        var options = new OptimizerOptions { Estimate = new EstimateOptions { Profile = "carrier-pigeon" } };

        var error = await Assert.ThrowsAsync<ConfigException>(() => new SiteOptimizerPipeline(options).OptimizeAsync(TestPaths.SampleSite, output.Path));

        Assert.Contains("carrier-pigeon", error.Message, StringComparison.Ordinal);
        Assert.Contains("regular-3g", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }
}
