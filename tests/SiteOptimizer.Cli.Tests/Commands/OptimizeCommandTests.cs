using System.Security.Cryptography;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

public sealed class OptimizeCommandTests
{
    [Fact]
    public async Task Optimize_SampleSite_CopiesEveryFileShrinksImagesAndLeavesTheSourceAlone()
    {
        using var temp = new TempDirectory();
        var before = Fingerprint(TestPaths.SampleSite);

        var run = await CliRun.RunAsync("optimize", TestPaths.SampleSite, "-o", temp.Combine("out"), "--report", temp.Combine("report.json"), "--no-cache");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        Assert.DoesNotContain(": error ", run.Error);
        Assert.Equal(before, Fingerprint(TestPaths.SampleSite));
        var written = Fingerprint(temp.Combine("out"));
        Assert.Empty(before.Keys.Except(written.Keys));
        foreach (var (path, (length, _)) in written.Where(w => before.ContainsKey(w.Key) && !w.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.True(length <= before[path].Length, $"{path} grew");
        }
        Assert.Contains("images/hero.avif", written.Keys);
        Assert.Contains("css/main.css.br", written.Keys);
        var jpegBefore = before.Where(f => f.Key.EndsWith(".jpg", StringComparison.Ordinal)).Sum(f => f.Value.Length);
        var jpegAfter = written.Where(f => f.Key.EndsWith(".jpg", StringComparison.Ordinal) && before.ContainsKey(f.Key)).Sum(f => f.Value.Length);
        Assert.True(jpegAfter < jpegBefore / 2, $"JPEG {jpegBefore} → {jpegAfter}");
        Assert.Contains("speedup", run.Output);
        Assert.Matches(@"jpeg\s+17\s", run.Output);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.siteopt-tmp", SearchOption.AllDirectories));
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(temp.Combine("report.json")));
        var graph = report.RootElement.GetProperty("graph");
        Assert.Contains(graph.GetProperty("edges").EnumerateArray(), e =>
            e.GetProperty("to").GetString()!.EndsWith("/css/base.css", StringComparison.Ordinal) && e.GetProperty("discovery").GetString() == "css" && e.GetProperty("depth").GetInt32() == 2);
        Assert.True(report.RootElement.GetProperty("encoding").GetProperty("speedup").GetDouble() > 0);
    }

    [Fact]
    public async Task Optimize_CorruptImage_WarnsWithFileAndReasonAndKeepsTheOriginalBytes()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var photo = File.ReadAllBytes(Path.Combine(TestPaths.SampleSite, "images", "gallery", "ladybird.jpg"));
        File.WriteAllBytes(Path.Combine(site, "cut.jpg"), photo[..(photo.Length / 3)]);
        File.WriteAllText(Path.Combine(site, "liar.png"), "<html>not a png</html>");
        File.WriteAllBytes(Path.Combine(site, "good.jpg"), photo);

        var run = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("out"), "--no-report");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("cut.jpg: warning SO1002: kept as is:", run.Error);
        Assert.Contains("liar.png: warning SO1001: kept as is: not an image libvips can read", run.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site, "cut.jpg")), File.ReadAllBytes(temp.Combine("out", "cut.jpg")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site, "liar.png")), File.ReadAllBytes(temp.Combine("out", "liar.png")));
        Assert.True(new FileInfo(temp.Combine("out", "good.jpg")).Length < photo.Length);
    }

    [Fact]
    public async Task Optimize_OutputInsideTheSite_IsNotReadAsPartOfTheSite()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("index.html"), "<p>hi</p>");

        var first = await CliRun.RunAsync("optimize", temp.Path, "-o", temp.Combine("out"), "--no-report");
        var second = await CliRun.RunAsync("optimize", temp.Path, "-o", temp.Combine("out"), "--no-report");

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains("1 files", first.Output);
        Assert.Contains("1 files", second.Output);
        Assert.False(Directory.Exists(temp.Combine("out", "out")));
    }

    [Fact]
    public async Task Optimize_InPlace_ReplacesImprovedFilesAndLeavesTheRestUntouched()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var photo = Path.Combine(TestPaths.SampleSite, "images", "gallery", "ladybird.jpg");
        File.Copy(photo, Path.Combine(site, "photo.jpg"));
        File.WriteAllText(Path.Combine(site, "notes.txt"), "kept as it is");
        var notesWritten = File.GetLastWriteTimeUtc(Path.Combine(site, "notes.txt"));

        var run = await CliRun.RunAsync("optimize", site, "--in-place", "--no-report");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["notes.txt", "photo.jpg"], Directory.GetFiles(site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(new FileInfo(Path.Combine(site, "photo.jpg")).Length < new FileInfo(photo).Length / 2);
        Assert.Equal(notesWritten, File.GetLastWriteTimeUtc(Path.Combine(site, "notes.txt")));
    }

    [Theory]
    [InlineData("--in-place", "-o", "out")]
    [InlineData("--in-place", "http://127.0.0.1:9/")]
    public async Task Optimize_InPlaceWithOutputOrUrl_IsAUsageError(params string[] args)
    {
        var run = await CliRun.RunAsync(["optimize", args.Length == 3 ? "site" : args[1], .. args.Take(args.Length == 3 ? 3 : 1)]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
    }

    [Fact]
    public async Task Optimize_SiteOutputAndReportFromTheConfig_AreRelativeToTheConfigFile()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("site"));
        File.WriteAllText(temp.Combine("site", "index.html"), "<!doctype html><title>t</title><p>hello</p>");
        File.WriteAllText(temp.Combine("optimizer.json"), "{ \"site\": \"site\", \"output\": \"out\", \"report\": { \"json\": \"reports/run.json\" } }");

        var run = await CliRun.RunAsync("optimize", "--config", temp.Combine("optimizer.json"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(temp.Combine("out", "index.html")));
        Assert.True(File.Exists(temp.Combine("reports", "run.json")));
    }

    [Fact]
    public async Task Optimize_FolderWithoutAnIndexPage_HasNothingToWarnAbout()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("assets"));
        File.Copy(Path.Combine(TestPaths.SampleSite, "images", "logo.png"), temp.Combine("assets", "logo.png"));

        var run = await CliRun.RunAsync("optimize", temp.Combine("assets"), "-o", temp.Combine("out"), "--no-report");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Optimize_MissingSite_ExitsWithInputOutputError()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.RunAsync("optimize", temp.Combine("nowhere"), "-o", temp.Combine("out"), "--no-report");

        Assert.Equal(ExitCodes.InputOutputError, run.ExitCode);
        Assert.Contains("nowhere", run.Error);
    }

    [Theory]
    [InlineData("optimize")]
    [InlineData("optimize", "site")]
    [InlineData("optimize", "site", "-o", "out", "--concurrency", "0")]
    [InlineData("optimize", "site", "-o", "out", "--no-such-flag")]
    [InlineData("frobnicate")]
    public async Task BadCommandLine_ExitsWithUsageErrorAndAHint(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("siteopt --help", run.Error);
    }

    [Fact]
    public async Task Config_UnknownSetting_IsAnErrorWithLineAndColumn()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("optimizer.json");
        File.WriteAllText(config, "{\n  \"images\": {\n    \"qualty\": 80\n  }\n}\n");

        var run = await CliRun.RunAsync("optimize", TestPaths.SampleSite, "-o", temp.Combine("out"), "--config", config);

        Assert.Equal(ExitCodes.ConfigError, run.ExitCode);
        Assert.Contains($"{config}(3,", run.Error);
        Assert.Contains("error SO0100", run.Error);
        Assert.Contains("qualty", run.Error);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public async Task Help_DescribesTheOptimizeCommand()
    {
        var run = await CliRun.RunAsync("optimize", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--output", run.Output);
        Assert.Contains("--concurrency", run.Output);
    }

    [Fact]
    public async Task Version_PrintsTheToolVersion()
    {
        var run = await CliRun.RunAsync("--version");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("0.1.0", run.Output);
        Assert.Contains("libvips 8.18.", run.Output);
    }

    private static Dictionary<string, (long Length, string Hash)> Fingerprint(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(root, path).Replace('\\', '/'),
            path => (new FileInfo(path).Length, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))));
}
