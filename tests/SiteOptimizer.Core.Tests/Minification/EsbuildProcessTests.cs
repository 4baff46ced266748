using System.Runtime.Versioning;
using SiteOptimizer.Minification;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Minification;

public sealed class EsbuildProcessTests
{
    /// <summary>A stand-in for esbuild that never finishes.</summary>
    [UnsupportedOSPlatform("windows")]
    private static string Hanging(TempDirectory temp)
    {
        var path = temp.Combine("esbuild");
        File.WriteAllText(path, "#!/bin/sh\nsleep 60\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task Minify_EsbuildTakingTooLong_IsKilledAndEveryFileKept()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in is a shell script
        }
        using var temp = new TempDirectory();
        var minifier = new EsbuildMinifier(Hanging(temp)) { BatchTimeout = TimeSpan.FromMilliseconds(300) };

        var results = await minifier.MinifyAsync(
            [new TextAsset("a.css", ".a { color: red }", TextAssetKind.Css), new TextAsset("b.js", "var b = 1;", TextAssetKind.ClassicScript)],
            CancellationToken.None);

        Assert.All(results, r => Assert.Equal("esbuild: timed out after 0.3 s", r.Problem));
    }

    [Fact]
    public async Task Minify_Cancelled_Throws()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the stand-in is a shell script
        }
        using var temp = new TempDirectory();
        var minifier = new EsbuildMinifier(Hanging(temp));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            minifier.MinifyAsync([new TextAsset("a.css", ".a{}", TextAssetKind.Css)], cancel.Token));
    }
}
