using System.IO.Compression;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Packaging;

/// <summary>
/// The dotnet tool as a user gets it: packed, installed from a folder feed into a tool path,
/// and run on sample-site with no Node.js on the PATH.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly string[] s_platforms = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64"];

    [Fact]
    public async Task ToolPackage_InstalledFromAFolderFeed_OptimizesSampleSiteWithoutNode()
    {
        using var work = new TempDirectory();
        var feed = await PackageFeed.PackAsync("src/SiteOptimizer.Cli/SiteOptimizer.Cli.csproj", work.Path);
        var package = Directory.GetFiles(feed, "SiteOptimizer.Tool.*.nupkg").Single();
        AssertCarriesNativeLibraries(package);

        File.WriteAllText(work.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var version = Path.GetFileNameWithoutExtension(package)["SiteOptimizer.Tool.".Length..];
        var install = await ProcessRun.RunAsync(
            "dotnet",
            ["tool", "install", "SiteOptimizer.Tool", "--version", version, "--tool-path", work.Combine("tools"), "--configfile", work.Combine("nuget.config")],
            work.Path, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["NUGET_PACKAGES"] = work.Combine("packages") });
        Assert.True(install.ExitCode == 0, install.Tail);

        var output = work.Combine("out");
        var run = await ProcessRun.RunAsync(
            work.Combine("tools", "siteopt"), ["optimize", TestPaths.SampleSite, "-o", output, "--no-report"],
            // A guard against a hang, not a speed check: about a minute alone, far more when CI runs
            // the other test projects beside it on two cores.
            work.Path, TimeSpan.FromMinutes(6), WithoutNode(work.Combine("empty-bin")));

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("images recompressed", run.Output);
        var original = new FileInfo(Path.Combine(TestPaths.SampleSite, "images", "hero.jpg")).Length;
        Assert.True(new FileInfo(Path.Combine(output, "images", "hero.jpg")).Length < original * 0.8);
    }

    private static void AssertCarriesNativeLibraries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(entry => entry.FullName).ToList();
        foreach (var platform in s_platforms)
        {
            Assert.Contains(names, name => name.StartsWith($"tools/net10.0/any/runtimes/{platform}/native/libvips-cpp.", StringComparison.Ordinal));
            Assert.Contains($"tools/net10.0/any/runtimes/{platform}/native/esbuild", names);
        }
    }

    /// <summary>A PATH with nothing on it (so no node or npm), and the .NET runtime found through DOTNET_ROOT.</summary>
    private static Dictionary<string, string> WithoutNode(string emptyFolder)
    {
        Directory.CreateDirectory(emptyFolder);
        var dotnet = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "dotnet"))
            .First(File.Exists);
        var root = Path.GetDirectoryName(new FileInfo(dotnet).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet)!;
        return new() { ["PATH"] = emptyFolder, ["DOTNET_ROOT"] = root };
    }
}
