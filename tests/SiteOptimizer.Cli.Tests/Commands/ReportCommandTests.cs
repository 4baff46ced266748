using System.Text.Json;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

/// <summary><c>siteopt report</c> and <c>--profile</c>: the load-time estimate from the command line.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _site;
    private readonly string _config;

    public ReportCommandTests()
    {
        _site = Directory.CreateDirectory(_temp.Combine("site")).FullName;
        File.Copy(Path.Combine(TestPaths.SampleSite, "images", "gallery", "dragonfly.jpg"), Path.Combine(_site, "photo.jpg"));
        File.WriteAllText(Path.Combine(_site, "index.html"), "<!doctype html>\n<title>Photo</title>\n<h1>A photo</h1>\n<img src=\"photo.jpg\" alt=\"\">\n");
        // Light image settings keep the run short; the estimate is the same code either way.
        _config = _temp.Combine("optimizer.json");
        File.WriteAllText(_config, """{ "images": { "maxWidth": 960, "widths": [480], "avif": { "effort": 0 } } }""");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Report_PrintsEachPagesTimesBeforeAndAfter_AndWritesNothing()
    {
        var before = Snapshot(_temp.Path);

        var run = await CliRun.RunAsync("report", _site, "-c", _config, "--profile", "regular-3g");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Load-time estimate on regular-3g", run.Output);
        Assert.Contains("LCP before → after (saved)", run.Output);
        Assert.Contains("index.html ", run.Output);
        Assert.Equal(before, Snapshot(_temp.Path));
    }

    [Fact]
    public async Task Report_AfterOptimize_TakesTheImagesFromTheCacheAndLeavesItAsItWas()
    {
        var optimized = await CliRun.RunAsync("optimize", _site, "-o", _temp.Combine("out"), "-c", _config, "--no-report");
        Assert.Equal(ExitCodes.Success, optimized.ExitCode);
        var cache = _temp.Combine(".siteopt-cache");
        var before = Snapshot(cache, withTimes: true);
        Assert.NotEmpty(before);

        var run = await CliRun.RunAsync("report", _site, "-c", _config, "--report", _temp.Combine("estimate.json"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(_temp.Combine("estimate.json")));
        var used = report.RootElement.GetProperty("cache");
        Assert.Equal(1, used.GetProperty("imageHits").GetInt32());
        Assert.Equal(0, used.GetProperty("imageMisses").GetInt32());
        Assert.Equal(before, Snapshot(cache, withTimes: true));
    }

    [Fact]
    public async Task Report_OnALiveSite_MirrorsItAsFetchedAndEstimates()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, _site);

        var run = await CliRun.RunAsync("report", server.Root.AbsoluteUri, "-c", _config, "--ignore-robots");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Load-time estimate on mobile-slow-4g", run.Output);
        Assert.Contains("index.html ", run.Output);
    }

    [Fact]
    public async Task Report_WithAnUnknownProfile_IsAUsageError()
    {
        var run = await CliRun.RunAsync("report", _site, "-c", _config, "--profile", "dial-up");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--profile dial-up: no such profile; use one of mobile-slow-4g, desktop, regular-3g", run.Error);
    }

    [Fact]
    public async Task Optimize_WithAProfile_PrintsTheEstimatesMediansAndPutsEveryPageInTheReport()
    {
        var run = await CliRun.RunAsync("optimize", _site, "-o", _temp.Combine("out"), "-c", _config, "--profile", "desktop", "--report", _temp.Combine("report.json"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Load times on desktop, median of", run.Output);
        Assert.DoesNotContain("Load-time estimate on", run.Output);
        var json = File.ReadAllText(_temp.Combine("report.json"));
        Assert.Contains("\"estimate\": {", json);
        Assert.Contains("\"lcpAttribution\": {", json);
    }

    [Fact]
    public async Task Optimize_Verbose_AlsoPrintsEveryPagesEstimate()
    {
        var run = await CliRun.RunAsync("optimize", _site, "-o", _temp.Combine("out"), "-c", _config, "--profile", "desktop", "--no-report", "-v");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Load-time estimate on desktop (40 ms RTT", run.Output);
        Assert.Contains("index.html ", run.Output);
    }

    private static string[] Snapshot(string folder, bool withTimes = false) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{f} {(File.Exists(f) ? new FileInfo(f).Length : 0)}{(withTimes ? $" {File.GetLastWriteTimeUtc(f).Ticks}" : "")}")
            .Order(StringComparer.Ordinal)];
}
