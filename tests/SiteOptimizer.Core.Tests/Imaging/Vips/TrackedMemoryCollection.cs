namespace SiteOptimizer.Tests.Imaging.Vips;

/// <summary>
/// Tests that read libvips' process-wide count of tracked memory run alone, after every test
/// that runs in parallel: another class's images coming and going would move the count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TrackedMemoryCollection
{
    public const string Name = "libvips tracked memory";
}
