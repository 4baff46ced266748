using System.Text.Json;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Browser;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

public sealed class MeasureCommandTests : IDisposable
{
    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Hero</title></head>
        <body><h1>A mountain</h1><img src="{0}" alt="A hiking trail" width="1200" height="800" style="width: 100%; height: auto"></body>
        </html>
        """;

    private readonly TempDirectory _temp = new();

    public MeasureCommandTests()
    {
        // The same page with its hero photo at 1.1 MB before, and a 50 KB image after.
        Directory.CreateDirectory(_temp.Combine("before"));
        Directory.CreateDirectory(_temp.Combine("after"));
        File.WriteAllText(_temp.Combine("before", "index.html"), string.Format(null, Page, "hero.jpg"));
        File.Copy(TestPaths.SampleImage("images/hero.jpg"), _temp.Combine("before", "hero.jpg"));
        File.WriteAllText(_temp.Combine("after", "index.html"), string.Format(null, Page, "hero.png"));
        File.Copy(TestPaths.SampleImage("images/route-map.png"), _temp.Combine("after", "hero.png"));
    }

    [ChromiumFact]
    public async Task Measure_AfterSiteWithASmallerHero_MeasuresAnLcpSavingAndPrintsTheComparison()
    {
        var json = _temp.Combine("measure.json");

        var run = await CliRun.RunAsync("measure", _temp.Combine("before"), _temp.Combine("after"), "--profile", "desktop", "--runs", "3", "--json", json);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var page = Assert.Single(document.RootElement.GetProperty("pages").EnumerateArray());
        Assert.Equal("index.html", page.GetProperty("page").GetString());
        Assert.Equal(3, page.GetProperty("beforeRuns").GetArrayLength());
        // Each load keeps its waterfall: the page, then the hero, each after it was asked for.
        var waterfall = page.GetProperty("beforeRuns")[0].GetProperty("requests").EnumerateArray().ToList();
        Assert.Equal("/index.html", waterfall[0].GetProperty("path").GetString());
        var hero = Assert.Single(waterfall, r => r.GetProperty("path").GetString() == "/hero.jpg");
        Assert.True(hero.GetProperty("endMs").GetDouble() >= hero.GetProperty("firstByteMs").GetDouble() && hero.GetProperty("firstByteMs").GetDouble() > hero.GetProperty("startMs").GetDouble());
        Assert.Equal("img", hero.GetProperty("initiator").GetString());
        var saved = page.GetProperty("saved").GetProperty("lcpSavedMs").GetDouble();
        Assert.True(saved > 0, $"LCP saving measured: {saved} ms\n{run.Output}");
        Assert.Contains("LCP before", run.Output);
        Assert.Contains("LCP predicted", run.Output);
        Assert.Matches(@"LCP savings: median absolute error [\d.]+ % of measured, worst [\d.]+ % \(index\.html\), sign right on [01] of 1 pages\.", run.Output);
        Assert.Contains("run 3/3  index.html", run.Error);
    }

    [Fact]
    public async Task Measure_NoChromium_ExitsWithMissingBrowserAndSaysWhatToInstall()
    {
        var run = await CliRun.RunAsync("measure", _temp.Combine("before"), _temp.Combine("after"), "--chromium", _temp.Combine("no-such-chromium"));

        Assert.Equal(ExitCodes.MissingBrowser, run.ExitCode);
        Assert.Contains("chromium", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Measure_MissingSiteFolder_ExitsWithInputOutputError()
    {
        var run = await CliRun.RunAsync("measure", _temp.Combine("nowhere"), _temp.Combine("after"));

        Assert.Equal(ExitCodes.InputOutputError, run.ExitCode);
        Assert.Contains(_temp.Combine("nowhere"), run.Error);
    }

    [Fact]
    public async Task Measure_PageNotInBothFolders_ExitsWithInputOutputErrorNamingIt()
    {
        var run = await CliRun.RunAsync("measure", _temp.Combine("before"), _temp.Combine("after"), "--page", "gallery.html");

        Assert.Equal(ExitCodes.InputOutputError, run.ExitCode);
        Assert.Contains("the page gallery.html is not in both", run.Error);
    }

    [Fact]
    public async Task Measure_UnknownProfile_IsAUsageErrorNamingTheKnownOnes()
    {
        var run = await CliRun.RunAsync("measure", _temp.Combine("before"), _temp.Combine("after"), "--profile", "dial-up");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("mobile-slow-4g, desktop, regular-3g", run.Error);
    }

    public void Dispose() => _temp.Dispose();
}
