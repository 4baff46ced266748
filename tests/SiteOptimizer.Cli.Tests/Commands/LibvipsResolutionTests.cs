using System.Diagnostics;
using System.Runtime.InteropServices;
using SiteOptimizer.Cli;

namespace SiteOptimizer.Tests.Commands;

/// <summary>
/// Which libvips loads is decided once per process, so this runs siteopt as a child process:
/// the host finds libvips where the NetVips.Native package put it, in runtimes/&lt;rid&gt;/native/.
/// </summary>
public sealed class LibvipsResolutionTests
{
    private static readonly string s_siteopt = Path.Combine(AppContext.BaseDirectory, "siteopt.dll");

    [Fact]
    public async Task Version_NamesTheLibvipsFromTheNetVipsNativePackage()
    {
        var (exitCode, output) = await RunVersionAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("libvips 8.18.", output);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", "libvips"), output);
    }

    private static async Task<(int ExitCode, string Output)> RunVersionAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(s_siteopt);
        start.ArgumentList.Add("--version");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output + error);
    }
}
