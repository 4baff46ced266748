using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Packaging;

/// <summary>
/// Packs a project of this repository into a fresh folder feed. The build goes to its own
/// artifacts folder and its own native package folder, so it shares no bin/, obj/ or npm
/// folder with the solution build or with another test packing at the same time.
/// </summary>
internal static class PackageFeed
{
    public static async Task<string> PackAsync(string project, string workFolder)
    {
        var feed = Path.Combine(workFolder, "feed");
        var run = await ProcessRun.RunAsync(
            "dotnet",
            ["pack", Path.Combine(TestPaths.RepoRoot, project), "-c", "Release", "-o", feed,
             "--artifacts-path", Path.Combine(workFolder, "artifacts"),
             "-p:PackNativePackagesRoot=" + Path.Combine(workFolder, "native") + "/",
             "--disable-build-servers"],
            TestPaths.RepoRoot,
            TimeSpan.FromMinutes(4));
        Assert.True(run.ExitCode == 0, $"dotnet pack {project} failed:\n{run.Tail}");
        return feed;
    }
}
