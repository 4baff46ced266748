using System.Diagnostics;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Two runs into one output folder, the first a real siteopt process: the second is refused
/// with a message naming the first, and once the first is killed (its lock files left behind)
/// the next run is not blocked and leaves no lock file in the output.
/// </summary>
public sealed class OutputLockTests
{
    private const string OwnerFile = ".siteopt.lock.owner";

    [Fact]
    public async Task Optimize_WhileAnotherProcessWritesTheOutput_IsRefusedThenRunsOnceThatProcessIsKilled()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        // The whole sample site without the cache: a run of many seconds, killed long before its end.
        using var other = Start(TestPaths.SampleSite, output);
        try
        {
            await WaitForAsync(() => File.Exists(Path.Combine(output, OwnerFile)) || other.HasExited, TimeSpan.FromSeconds(60));
            Assert.False(other.HasExited, "the first run ended before the test could race it");

            var refused = await CliRun.RunAsync("optimize", SmallSampleSite.CopyTo(temp.Combine("site")), "-o", output, "--no-report", "--quiet");

            Assert.False(other.HasExited, "the first run ended during the second: the refusal proves nothing");
            Assert.Equal(ExitCodes.OutputInUse, refused.ExitCode);
            Assert.Contains($"in use by another siteopt run (process {other.Id} on {Environment.MachineName}, started ", refused.Error, StringComparison.Ordinal);
            Assert.Contains("optimize", refused.Error, StringComparison.Ordinal);
        }
        finally
        {
            other.Kill();
            await other.WaitForExitAsync();
        }
        Assert.True(File.Exists(Path.Combine(output, OwnerFile)), "a killed run leaves its lock files behind");

        var next = await CliRun.RunAsync("optimize", temp.Combine("site"), "-o", output, "--no-report", "--quiet");

        Assert.Equal(ExitCodes.Success, next.ExitCode);
        Assert.DoesNotContain(Directory.EnumerateFiles(output), f => Path.GetFileName(f).StartsWith(".siteopt.lock", StringComparison.Ordinal));
    }

    private static Process Start(string site, string output) =>
        SiteoptProcess.Start("optimize", site, "-o", output, "--no-report", "--no-cache");

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan limit)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition() && stopwatch.Elapsed < limit)
        {
            await Task.Delay(20);
        }
    }
}
