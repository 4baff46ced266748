using System.Diagnostics;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// The real siteopt process, killed with SIGKILL at seeded random moments spread over a run:
/// after every kill each file of the output is complete (byte for byte what a finished run
/// writes there: with the estimate's guard, or before it, since the guard writes the pages it
/// holds changes back on a second time), unfinished writes only exist under their temporary names, and the next run
/// finishes the job with an output identical to a clean run's.
/// </summary>
public sealed class KilledRunTests
{
    private const int Kills = 10;
    private const string TemporarySuffix = ".siteopt-tmp";

    [Fact]
    public async Task Optimize_KilledAtRandomMoments_LeavesOnlyCompleteFilesAndTheNextRunFinishesTheJob()
    {
        using var temp = new TempDirectory();
        var site = SmallSampleSite.CopyTo(temp.Combine("site"));
        var clean = await RunToEndAsync(site, temp.Combine("clean"));
        var reference = Snapshot(temp.Combine("clean"));
        var unguardedSettings = temp.Combine("unguarded.json");
        File.WriteAllText(unguardedSettings, "{ \"estimate\": { \"guard\": false } }");
        await RunToEndAsync(site, temp.Combine("unguarded"), "-c", unguardedSettings);
        var unguarded = Snapshot(temp.Combine("unguarded"));
        var output = temp.Combine("out");
        var random = new Random(20261121);

        for (var kill = 0; kill < Kills; kill++)
        {
            // One kill in each tenth of a run, at a random moment within it.
            var moment = clean.Elapsed * ((kill + random.NextDouble()) / Kills);
            using var process = Start(site, output);
            await Task.Delay(moment);
            process.Kill();
            await process.WaitForExitAsync();

            foreach (var (path, bytes) in Snapshot(output))
            {
                if (path.EndsWith(TemporarySuffix, StringComparison.Ordinal))
                {
                    continue; // an unfinished write, under a name no host serves; the next run removes it
                }
                if (Path.GetFileName(path).StartsWith(".siteopt.lock", StringComparison.Ordinal))
                {
                    continue; // the killed run's lock: the operating system released it, the next run replaces it
                }
                Assert.True(reference.ContainsKey(path) || unguarded.ContainsKey(path), $"kill {kill} at {moment}: {path} is not an output of a finished run");
                Assert.True(
                    (reference.TryGetValue(path, out var expected) && expected.SequenceEqual(bytes))
                    || (unguarded.TryGetValue(path, out var beforeGuard) && beforeGuard.SequenceEqual(bytes)),
                    $"kill {kill} at {moment}: {path} is incomplete or wrong");
            }
        }
        var last = await RunToEndAsync(site, output);

        Assert.Equal(ExitCodes.Success, last.ExitCode);
        var final = Snapshot(output);
        Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), final.Keys.Order(StringComparer.Ordinal));
        Assert.All(reference, file => Assert.True(file.Value.SequenceEqual(final[file.Key]), file.Key));
    }

    private static Process Start(string site, string output, params string[] options) =>
        SiteoptProcess.Start(["optimize", site, "-o", output, "--no-report", .. options]);

    private static async Task<(int ExitCode, TimeSpan Elapsed)> RunToEndAsync(string site, string output, params string[] options)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Start(site, output, options);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, stopwatch.Elapsed);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes)
            : [];
}
