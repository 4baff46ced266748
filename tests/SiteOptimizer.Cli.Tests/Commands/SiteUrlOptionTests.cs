using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

/// <summary><c>--site-url</c>: absolute URLs to that address are the site's own files.</summary>
public sealed class SiteUrlOptionTests
{
    private const string Stylesheet = "/* Styles. */\nbody {\n    margin: 0;\n}\n";

    [Fact]
    public async Task Optimize_SiteUrlFlag_MinifiesTheFilesPagesNameAtThatAddress()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        File.WriteAllText(Path.Combine(site, "site.css"), Stylesheet);
        File.WriteAllText(Path.Combine(site, "index.html"), """<!doctype html><html><head><link rel="stylesheet" href="https://www.example.test/site.css"></head><body><p>Hi</p></body></html>""");

        var run = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("out"), "--no-report", "--no-cache", "--verbose", "--site-url", "https://www.example.test/");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(new FileInfo(temp.Combine("out", "site.css")).Length < Stylesheet.Length);
        Assert.DoesNotContain("preconnect", File.ReadAllText(temp.Combine("out", "index.html")), StringComparison.Ordinal);
        Assert.Contains("info SO2007: absolute URLs to https://www.example.test are taken as this site's own files", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_SiteUrlThatIsNotAnAbsoluteUrl_IsAUsageError()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("optimize", TestPaths.SampleSite, "-o", temp.Combine("out"), "--no-report", "--site-url", "www.example.test");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--site-url must be an absolute http(s) URL", run.Error, StringComparison.Ordinal);
    }
}
