using System.Diagnostics;
using SiteOptimizer.Cli;

namespace SiteOptimizer.Tests.Commands;

/// <summary>
/// Which libvips loads is decided once per process, so these run siteopt as a child process
/// with a chosen <c>SITEOPTIMIZER_LIBVIPS</c>.
/// </summary>
public sealed class LibvipsResolutionTests
{
    private static readonly string s_siteopt = Path.Combine(AppContext.BaseDirectory, "siteopt.dll");

    [Fact]
    public async Task EnvironmentVariable_PointingNowhere_GivesOneClearErrorNamingWhatToInstall()
    {
        var (exitCode, output) = await RunVersionAsync("/nonexistent/libvips.so");

        Assert.Equal(ExitCodes.MissingNativeLibrary, exitCode);
        Assert.Contains("libvips could not be loaded (tried: /nonexistent/libvips.so)", output);
        Assert.Contains("apt-get install libvips42", output);
        Assert.Contains("SITEOPTIMIZER_LIBVIPS", output);
    }

    [Fact]
    public async Task EnvironmentVariable_PointingAtALibrary_IsUsed()
    {
        var bundled = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "runtimes"), "libvips-cpp*", SearchOption.AllDirectories).First();
        var copy = Path.Combine(Directory.CreateTempSubdirectory("siteopt-libvips-").FullName, "libvips-copy.so");
        File.Copy(bundled, copy);
        try
        {
            var (exitCode, output) = await RunVersionAsync(copy);

            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Contains($"libvips 8.18.", output);
            Assert.Contains(copy, output);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    [Fact]
    public async Task WithoutTheVariable_TheBundledCopyIsUsed()
    {
        var (exitCode, output) = await RunVersionAsync(null);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "runtimes"), output);
    }

    private static async Task<(int ExitCode, string Output)> RunVersionAsync(string? libvips)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(s_siteopt);
        start.ArgumentList.Add("--version");
        start.Environment.Remove("SITEOPTIMIZER_LIBVIPS");
        if (libvips is not null)
        {
            start.Environment["SITEOPTIMIZER_LIBVIPS"] = libvips;
        }
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output + error);
    }
}
