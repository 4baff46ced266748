using SiteOptimizer.Tests.Packaging;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Publishing;

/// <summary>SiteOptimizer.MSBuild packed once into a folder feed for every test of the class.</summary>
public sealed class PackedTaskFeed : IAsyncLifetime
{
    private readonly TempDirectory _work = new();

    public string Feed { get; private set; } = "";

    /// <summary>A NuGet package folder of its own, so no copy of the package from an earlier run is used.</summary>
    public string Packages => _work.Combine("packages");

    public async Task InitializeAsync() =>
        Feed = await PackageFeed.PackAsync("src/SiteOptimizer.MSBuild/SiteOptimizer.MSBuild.csproj", _work.Path);

    public Task DisposeAsync()
    {
        _work.Dispose();
        return Task.CompletedTask;
    }
}
