using System.Text.Json;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Commands;

/// <summary><c>optimize --shard i/n</c> on each shard over one cache, then <c>merge</c>; and <c>--no-cache</c>.</summary>
public sealed class MergeCommandTests
{
    private const string LightSettings = """{ "images": { "maxWidth": 480, "widths": [240], "avif": { "effort": 0 } } }""";

    private static string MakeSite(TempDirectory temp)
    {
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        var photos = new[] { "bridge-cables.jpg", "dandelion-seeds.jpg", "dragonfly.jpg", "ladybird.jpg" };
        foreach (var photo in photos)
        {
            File.Copy(TestPaths.SamplePhoto(photo), Path.Combine(site, photo));
        }
        File.Copy(Path.Combine(TestPaths.SampleSite, "css", "main.css"), Path.Combine(site, "main.css"));
        File.WriteAllText(Path.Combine(site, "index.html"),
            "<!doctype html><html><head><title>t</title><link rel=stylesheet href=main.css></head><body>"
            + string.Concat(photos.Select(p => $"<img src=\"{p}\" alt=\"\">")) + "</body></html>");
        File.WriteAllText(temp.Combine("optimizer.json"), LightSettings);
        return site;
    }

    [Fact]
    public async Task ShardsThenMerge_WriteTheSameBytesAsOneRun_AndTheMergeEncodesNothing()
    {
        using var temp = new TempDirectory();
        var site = MakeSite(temp);
        var config = temp.Combine("optimizer.json");

        var single = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("single"), "-c", config, "--no-cache", "--no-report");
        var shards = await Task.WhenAll(
            Task.Run(() => CliRun.RunAsync("optimize", site, "--shard", "1/2", "-c", config, "--report", temp.Combine("reports", "1.json"))),
            Task.Run(() => CliRun.RunAsync("optimize", site, "--shard", "2/2", "-c", config, "--report", temp.Combine("reports", "2.json"))));
        var merge = await CliRun.RunAsync("merge", site, "-o", temp.Combine("merged"), "-c", config,
            "--shard-reports", temp.Combine("reports", "1.json"), temp.Combine("reports", "2.json"), "--report", temp.Combine("merged.json"));

        Assert.Equal(ExitCodes.Success, single.ExitCode);
        Assert.All(shards, shard => Assert.Equal(ExitCodes.Success, shard.ExitCode));
        Assert.Equal(ExitCodes.Success, merge.ExitCode);
        Assert.False(Directory.Exists(temp.Combine("single", ".siteopt-cache")));
        AssertSameFiles(temp.Combine("single"), temp.Combine("merged"));
        using var report = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("merged.json")));
        var root = report.RootElement;
        Assert.Equal(0, root.GetProperty("encoding").GetProperty("images").GetInt32());
        Assert.Equal(4, root.GetProperty("encoding").GetProperty("fromCache").GetInt32());
        var shardReports = root.GetProperty("shards").EnumerateArray().ToList();
        Assert.Equal(["1/2", "2/2"], shardReports.Select(s => s.GetProperty("shard").GetString()));
        Assert.Equal(4, shardReports.Sum(s => s.GetProperty("encoding").GetProperty("images").GetInt32()));
        Assert.Contains("Shards: 2 encoded 4 images", merge.Output);
    }

    [Fact]
    public async Task Merge_WithAShardMissing_SaysSoAndStillWritesEverything()
    {
        using var temp = new TempDirectory();
        var site = MakeSite(temp);
        var config = temp.Combine("optimizer.json");
        await CliRun.RunAsync("optimize", site, "--shard", "1/3", "-c", config, "--report", temp.Combine("1.json"));

        var merge = await CliRun.RunAsync("merge", site, "-o", temp.Combine("merged"), "-c", config, "--shard-reports", temp.Combine("1.json"), "--no-report");

        Assert.Equal(ExitCodes.Success, merge.ExitCode);
        Assert.Contains("no report of shard 2/3", merge.Error);
        Assert.Contains("no report of shard 3/3", merge.Error);
        Assert.True(File.Exists(temp.Combine("merged", "dragonfly.jpg")));
    }

    [Theory]
    [InlineData("--shard", "0/2")]
    [InlineData("--shard", "1/2", "--no-cache")]
    [InlineData("--shard", "1/2", "http://127.0.0.1:9/")]
    public async Task Shard_WithoutAFolderOrCacheOrAValidPart_IsAUsageError(params string[] args)
    {
        using var temp = new TempDirectory();
        var folder = MakeSite(temp);
        var site = args.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) ?? folder;

        var run = await CliRun.RunAsync(["optimize", site, .. args.Where(a => a != site), "-c", temp.Combine("optimizer.json")]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--shard", run.Error);
    }

    [Fact]
    public async Task Merge_OfAFileThatIsNotAShardReport_FailsWithItsName()
    {
        using var temp = new TempDirectory();
        var site = MakeSite(temp);
        File.WriteAllText(temp.Combine("bogus.json"), "{ \"not\": \"a shard\" }");

        var run = await CliRun.RunAsync("merge", site, "-o", temp.Combine("out"), "-c", temp.Combine("optimizer.json"), "--shard-reports", temp.Combine("bogus.json"));

        Assert.Equal(ExitCodes.InputOutputError, run.ExitCode);
        Assert.Contains("bogus.json is not a siteopt shard report", run.Error);
    }

    [Fact]
    public async Task TheCache_IsBesideTheSettingsFile_AndNoCacheLeavesItAlone()
    {
        using var temp = new TempDirectory();
        var site = MakeSite(temp);
        var config = temp.Combine("optimizer.json");

        var without = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("a"), "-c", config, "--no-cache", "--no-report");
        var cacheAfterNoCache = Directory.Exists(temp.Combine(".siteopt-cache"));
        var first = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("b"), "-c", config, "--no-report");
        var second = await CliRun.RunAsync("optimize", site, "-o", temp.Combine("c"), "-c", config, "--no-report");

        Assert.False(cacheAfterNoCache);
        Assert.DoesNotContain("Cache:", without.Output);
        Assert.True(Directory.Exists(temp.Combine(".siteopt-cache")));
        Assert.Contains("Cache: 0 images", first.Output);
        Assert.Contains("Encoding: none; all 4 images came from the cache", second.Output);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static Dictionary<string, byte[]> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path), File.ReadAllBytes, StringComparer.Ordinal);
        var first = Files(expected);
        var second = Files(actual);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, pair => Assert.True(pair.Value.SequenceEqual(second[pair.Key]), $"{pair.Key} differs"));
    }
}
