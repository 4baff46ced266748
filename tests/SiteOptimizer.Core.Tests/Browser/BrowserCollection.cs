namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// The browser test classes share one optimized sample site and one Chromium, and run on
/// their own after the other tests: a browser and the libvips comparisons that keep every
/// core busy for most of a minute would otherwise starve the timing tests and never leave
/// libvips the quiet moment its memory-tracking test waits for.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<SampleSiteBrowser>
{
    public const string Name = "Browser";
}
