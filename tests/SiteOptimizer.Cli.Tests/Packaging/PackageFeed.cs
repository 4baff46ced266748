using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Packaging;

/// <summary>
/// Packs a project (or the solution) of this repository into a folder feed. The build goes to its own artifacts
/// folder and its own native package folder, so it shares no bin/, obj/ or npm folder with the
/// solution build or with another test packing at the same time; packs into the same work folder
/// (one package per platform) run one after another.
/// </summary>
internal static class PackageFeed
{
    /// <param name="project">The project or solution, relative to the repository.</param>
    /// <param name="workFolder">The test's folder: the feed is its <c>feed</c> folder.</param>
    /// <param name="arguments">More arguments for <c>dotnet pack</c>, such as <c>-r linux-x64</c>.</param>
    public static async Task<string> PackAsync(string project, string workFolder, params string[] arguments)
    {
        var feed = Path.Combine(workFolder, "feed");
        var run = await ProcessRun.RunAsync(
            "dotnet",
            ["pack", Path.Combine(TestPaths.RepoRoot, project), "-c", "Release", "-o", feed,
             "--artifacts-path", Path.Combine(workFolder, "artifacts"),
             "-p:PackNativePackagesRoot=" + Path.Combine(workFolder, "native") + "/",
             "--disable-build-servers", .. arguments],
            TestPaths.RepoRoot,
            // The whole solution and a native build take about four minutes alone on two cores.
            TimeSpan.FromMinutes(20));
        Assert.True(run.ExitCode == 0, $"dotnet pack {project} {string.Join(' ', arguments)} failed:\n{run.Tail}");
        return feed;
    }
}
