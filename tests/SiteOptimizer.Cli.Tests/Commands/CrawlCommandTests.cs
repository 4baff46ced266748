using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

public sealed class CrawlCommandTests
{
    [Fact]
    public async Task Crawl_LiveSite_WritesAnUnchangedMirrorAndTheGraph()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("crawl", server.Root.AbsoluteUri, "-o", temp.Combine("mirror"), "--report", temp.Combine("report.json"), "--ignore-robots");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        foreach (var file in Directory.EnumerateFiles(TestPaths.SampleSite, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TestPaths.SampleSite, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(temp.Combine("mirror", relative)));
        }
        Assert.Contains("longest discovery chain", run.Output);
        Assert.True(new FileInfo(temp.Combine("report.json")).Length > 10_000);
    }

    [Fact]
    public async Task Crawl_MaxPagesAndExcludeFlags_OverrideTheConfig()
    {
        await using var server = await LoopbackServer.StartAsync(_ => { }, TestPaths.SampleSite);
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("crawl", server.Root.AbsoluteUri, "-o", temp.Combine("mirror"), "--no-report", "--ignore-robots", "--max-pages", "3", "--exclude", "/blog/**");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        // Three pages fetched; "/" and "/index.html" are two URLs of one file.
        Assert.InRange(Directory.GetFiles(temp.Combine("mirror"), "*.html", SearchOption.AllDirectories).Length, 2, 3);
        Assert.Equal(3, server.Requests.All.Count(p => p == "/" || p.EndsWith(".html", StringComparison.Ordinal)));
        Assert.DoesNotContain(server.Requests.All, p => p.StartsWith("/blog/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_FolderWithABrokenLink_WarnsAtTheLinkAndExitsZero()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        File.WriteAllText(Path.Combine(site, "index.html"), "<!doctype html>\n<title>x</title>\n<p><img src=\"missing.png\"></p>\n");

        var run = await CliRun.RunAsync("crawl", site, "--no-report");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("index.html(3,", run.Error);
        Assert.Contains("warning SO2002: reference to missing.png", run.Error);
    }
}
