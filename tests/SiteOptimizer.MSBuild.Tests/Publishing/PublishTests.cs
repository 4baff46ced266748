using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Publishing;

/// <summary>A web project that adds one PackageReference gets its published web root optimized.</summary>
public sealed class PublishTests(PackedTaskFeed feed, ITestOutputHelper log) : IClassFixture<PackedTaskFeed>
{
    private const string SkipMessage = "Skipping target \"SiteOptimizerOptimizePublishedFiles\" because all output files are up-to-date";

    [Fact]
    public async Task Publish_OptimizesImagesInPlace_WarnsWithCode_AndSkipsTheSecondTime()
    {
        using var project = WebProject.Create(feed);
        var output = Path.Combine(project.Path, "out");

        var first = await project.PublishAsync(output);

        Assert.True(first.ExitCode == 0, first.Tail);
        Assert.Contains("SiteOptimizer: ", first.Output);
        Assert.Contains($"{project.Source("images/broken.jpg")} : warning SO1001: ", first.Output);
        foreach (var image in WebProject.Images)
        {
            Assert.True(Published(output, image).Length < new FileInfo(project.Source(image)).Length, image + " was not made smaller");
        }
        AssertEndpointsManifestMatches(output);
        // The page is rewritten in place: the photo, the likely LCP element, gets its size and a
        // high fetch priority. No <picture>: with MapStaticAssets new files would not be served.
        var page = File.ReadAllText(Path.Combine(output, "wwwroot", "index.html"));
        Assert.Matches("fetchpriority=\"?high", page);
        Assert.Matches("width=\"?\\d+\"? height=\"?\\d+", page);
        Assert.DoesNotContain("<picture>", page);
        var optimized = WebProject.Images.ToDictionary(image => image, image => File.ReadAllBytes(Published(output, image).FullName));

        var second = await project.PublishAsync(output);

        Assert.True(second.ExitCode == 0, second.Tail);
        Assert.Contains(SkipMessage, second.Output);
        Assert.DoesNotContain("SiteOptimizer: ", second.Output);
        Assert.All(WebProject.Images, image => Assert.Equal(optimized[image], File.ReadAllBytes(Published(output, image).FullName)));
        AssertEndpointsManifestMatches(output);

        // One source file touched: the run is repeated from the originals, so no image is
        // recompressed twice and the result is what a clean publish gives; none changed, so the
        // content cache under obj/ has every one.
        File.SetLastWriteTimeUtc(project.Source("images/logo.png"), DateTime.UtcNow);
        var third = await project.PublishAsync(output);

        Assert.True(third.ExitCode == 0, third.Tail);
        Assert.DoesNotContain(SkipMessage, third.Output);
        Assert.Matches(@"; 0 images encoded, [1-9]\d* from the cache \(.*obj[/\\]siteopt-cache", third.Output);
        Assert.All(WebProject.Images, image => Assert.Equal(optimized[image], File.ReadAllBytes(Published(output, image).FullName)));
        log.WriteLine($"publish: first {first.Elapsed.TotalSeconds:0.0} s, second (skipped) {second.Elapsed.TotalSeconds:0.0} s, third (one file touched) {third.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Publish_WithSiteOptimizerEnabledFalse_LeavesTheFilesAsTheyAre()
    {
        using var project = WebProject.Create(feed);
        var output = Path.Combine(project.Path, "out");

        var run = await project.PublishAsync(output, "-p:SiteOptimizerEnabled=false");

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.DoesNotContain("SiteOptimizer: ", run.Output);
        Assert.All(WebProject.Images, image => Assert.Equal(File.ReadAllBytes(project.Source(image)), File.ReadAllBytes(Published(output, image).FullName)));
    }

    private static FileInfo Published(string output, string image) => new(Path.Combine(output, "wwwroot", image));

    /// <summary>MapStaticAssets serves each file with the Content-Length the manifest records.</summary>
    private static void AssertEndpointsManifestMatches(string output)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "App.staticwebassets.endpoints.json")))!;
        foreach (var endpoint in manifest["Endpoints"]!.AsArray())
        {
            var asset = endpoint!["AssetFile"]!.GetValue<string>();
            var length = endpoint["ResponseHeaders"]!.AsArray().Single(h => h!["Name"]!.GetValue<string>() == "Content-Length")!["Value"]!.GetValue<string>();
            Assert.Equal(new FileInfo(Path.Combine(output, "wwwroot", asset)).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), length);
        }
    }
}
