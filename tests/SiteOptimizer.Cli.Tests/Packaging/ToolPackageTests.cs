using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Packaging;

/// <summary>
/// The dotnet tool as a user gets it: packed by one <c>dotnet pack</c> at the repository root
/// (a pointer package, the natively compiled linux-x64 package, the framework-dependent one for
/// every other platform, and the MSBuild task), installed from a folder feed into a tool path,
/// and run on sample-site with neither Node.js nor .NET on the PATH. The framework-dependent
/// package runs on .NET and finds its libvips.
/// </summary>
public sealed class ToolPackageTests
{
    private const string Solution = "SiteOptimizer.sln";
    private static readonly string[] s_platforms = ["linux-x64", "linux-arm64", "linux-musl-x64", "osx-x64", "osx-arm64", "win-x64"];

    [NativeToolFact]
    public async Task ToolPackage_InstalledFromAFolderFeed_OptimizesSampleSiteWithoutNodeOrDotnet()
    {
        using var work = new TempDirectory();
        var feed = await PackageFeed.PackAsync(Solution, work.Path);
        var pointer = Directory.GetFiles(feed, "SiteOptimizer.Tool.*.nupkg").Single(file => char.IsDigit(Path.GetFileName(file)["SiteOptimizer.Tool.".Length]));
        var portable = Directory.GetFiles(feed, "SiteOptimizer.Tool.any.*.nupkg").Single();
        AssertCarriesNativeLibraries(portable, "tools/net10.0/any/", s_platforms, "runtimes/{0}/native/");
        await AssertRunsOnDotnetAsync(portable, work.Combine("portable"));
        var native = Directory.GetFiles(feed, "SiteOptimizer.Tool.linux-x64.*.nupkg").Single();
        // A platform's own publish has its libvips beside the executable, where NuGet puts it.
        AssertCarriesNativeLibraries(native, "tools/any/linux-x64/", ["linux-x64"], "");
        AssertMSBuildTaskCarriesLibvips(Directory.GetFiles(feed, "SiteOptimizer.MSBuild.*.nupkg").Single());

        File.WriteAllText(work.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var version = Path.GetFileNameWithoutExtension(pointer)["SiteOptimizer.Tool.".Length..];
        var install = await ProcessRun.RunAsync(
            "dotnet",
            ["tool", "install", "SiteOptimizer.Tool", "--version", version, "--tool-path", work.Combine("tools"), "--configfile", work.Combine("nuget.config")],
            work.Path, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["NUGET_PACKAGES"] = work.Combine("packages") });
        Assert.True(install.ExitCode == 0, install.Tail);
        var siteopt = work.Combine("tools", "siteopt");
        AssertIsNativeExecutable(siteopt);

        var output = work.Combine("out");
        var run = await ProcessRun.RunAsync(
            siteopt, ["optimize", TestPaths.SampleSite, "-o", output, "--no-report"],
            // A guard against a hang, not a speed check: about a minute alone, far more when CI runs
            // the other test projects beside it on two cores.
            work.Path, TimeSpan.FromMinutes(6), NothingOnPath(work.Combine("empty-bin")));

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("images recompressed", run.Output);
        var original = new FileInfo(Path.Combine(TestPaths.SampleSite, "images", "hero.jpg")).Length;
        Assert.True(new FileInfo(Path.Combine(output, "images", "hero.jpg")).Length < original * 0.8);

        // Settings are checked against the ranges their attributes declare, which a trimmed
        // native build could lose without a build error.
        File.WriteAllText(work.Combine("bad.json"), """{ "images": { "avif": { "quality": 500 } } }""");
        var check = await ProcessRun.RunAsync(siteopt, ["config", "validate", "bad.json"], work.Path, TimeSpan.FromMinutes(1), NothingOnPath(work.Combine("empty-bin")));
        Assert.Equal(3, check.ExitCode);
        Assert.Contains("bad.json(1,36): error SO0100: images.avif.quality is 500; it must be from 1 to 100", check.Output);
    }

    private static void AssertCarriesNativeLibraries(string package, string toolFolder, IEnumerable<string> platforms, string libvipsFolder)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(entry => entry.FullName).ToList();
        foreach (var platform in platforms)
        {
            var libvips = toolFolder + string.Format(CultureInfo.InvariantCulture, libvipsFolder, platform) + "libvips";
            Assert.Contains(names, name => name.StartsWith(libvips, StringComparison.Ordinal));
            Assert.Contains(names, name => name.StartsWith($"{toolFolder}runtimes/{platform}/native/esbuild", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(names, name => name.EndsWith(".dbg", StringComparison.Ordinal));
    }

    /// <summary>The MSBuild task's libvips, every platform's, where its .deps.json says.</summary>
    private static void AssertMSBuildTaskCarriesLibvips(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(entry => entry.FullName).ToList();
        var deps = zip.GetEntry("tasks/net10.0/SiteOptimizer.MSBuild.deps.json");
        Assert.NotNull(deps);
        using var reader = new StreamReader(deps.Open());
        var manifest = reader.ReadToEnd();
        foreach (var platform in s_platforms)
        {
            var libvips = names.FirstOrDefault(name => name.StartsWith($"tasks/net10.0/runtimes/{platform}/native/libvips", StringComparison.Ordinal));
            Assert.True(libvips is not null, $"no libvips for {platform} in the MSBuild package");
            Assert.Contains(libvips["tasks/net10.0/".Length..], manifest, StringComparison.Ordinal);
        }
    }

    /// <summary>The framework-dependent package, for platforms with no native build, runs on .NET and finds its libvips.</summary>
    private static async Task AssertRunsOnDotnetAsync(string package, string folder)
    {
        ZipFile.ExtractToDirectory(package, folder);
        var run = await ProcessRun.RunAsync("dotnet", [Path.Combine(folder, "tools", "net10.0", "any", "siteopt.dll"), "--version"], folder, TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("libvips 8.", run.Output);
        Assert.Contains(Path.Combine(folder, "tools", "net10.0", "any", "runtimes", RuntimeInformation.RuntimeIdentifier, "native"), run.Output);
    }

    /// <summary>An ELF executable with no managed assembly beside it: the tool needs no .NET to run.</summary>
    private static void AssertIsNativeExecutable(string link)
    {
        var target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? link;
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(target)[..4]);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "siteopt.dll")));
    }

    /// <summary>A PATH with nothing on it: no node, no npm, no dotnet.</summary>
    private static Dictionary<string, string> NothingOnPath(string emptyFolder)
    {
        Directory.CreateDirectory(emptyFolder);
        return new() { ["PATH"] = emptyFolder, ["DOTNET_ROOT"] = emptyFolder };
    }
}
