using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// The same input gives byte-identical output, and the same report apart from measured times,
/// however many images are encoded at once and in whatever order downloads finish.
/// </summary>
public sealed class DeterminismTests
{
    // Measurements, which differ from run to run by nature.
    // Measured times, the output folder (each run names its own) and the cache's statistics (a
    // live site's run has a temporary cache of its own): everything else must be the same.
    private static readonly HashSet<string> s_timings = ["wall", "encoding", "startedMs", "durationMs", "output", "cache"];

    [Fact]
    public async Task Optimize_WithOneTwoOrFourEncoders_WritesTheSameBytesAndReport()
    {
        using var temp = new TempDirectory();
        var site = SmallSampleSite.CopyTo(temp.Combine("site"));
        var runs = new List<(Dictionary<string, byte[]> Files, string Report)>();

        foreach (var jobs in new[] { "1", "2", "4" })
        {
            var output = temp.Combine("out-" + jobs);
            var run = await CliRun.RunAsync("optimize", site, "-o", output, "-j", jobs, "--report", output + ".json", "--no-cache");
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            runs.Add((Snapshot(output), Normalized(output + ".json")));
        }

        AssertSame(runs[0], runs[1]);
        AssertSame(runs[0], runs[2]);
    }

    [Fact]
    public async Task Optimize_LiveSiteWhoseResponsesFinishInRandomOrder_WritesTheSameBytesAndReport()
    {
        using var temp = new TempDirectory();
        var site = SmallSampleSite.CopyTo(temp.Combine("site"));
        var random = new Random(7);
        await using var server = await LoopbackServer.StartAsync(app => app.Use(async (context, next) =>
        {
            int delay;
            lock (random)
            {
                delay = random.Next(0, 150);
            }
            await Task.Delay(delay, context.RequestAborted);
            await next(context);
        }), folder: site);
        var runs = new List<(Dictionary<string, byte[]> Files, string Report)>();

        foreach (var name in new[] { "first", "second" })
        {
            var output = temp.Combine(name);
            var run = await CliRun.RunAsync("optimize", server.Root.AbsoluteUri, "-o", output, "--report", output + ".json", "--ignore-robots", "--no-cache");
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            runs.Add((Snapshot(output), Normalized(output + ".json")));
        }

        AssertSame(runs[0], runs[1]);
    }

    private static void AssertSame((Dictionary<string, byte[]> Files, string Report) expected, (Dictionary<string, byte[]> Files, string Report) actual)
    {
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected.Files, file => Assert.True(file.Value.SequenceEqual(actual.Files[file.Key]), file.Key + " differs"));
        Assert.Equal(expected.Report, actual.Report);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    // The report without its measured times (and the output folder, which each run names differently).
    private static string Normalized(string reportPath)
    {
        var report = JsonNode.Parse(File.ReadAllText(reportPath))!;
        Strip(report);
        return report.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(s_timings.Contains).ToList())
                {
                    obj.Remove(key);
                }
                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }
                break;
        }
    }
}
