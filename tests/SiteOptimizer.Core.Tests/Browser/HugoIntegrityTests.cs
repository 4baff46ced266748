using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Integrity;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// The Hugo blog of Integrity/TestData (fingerprinted CSS and JS with <c>integrity</c>, absolute
/// URLs to its production address) still gets its stylesheet and its script in Chromium once
/// optimized. Its production address is replaced by a loopback server's before the run, as if
/// the blog were built for it: the optimized files are served there and the pages point at it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HugoIntegrityTests(SampleSiteBrowser site, ITestOutputHelper output)
{
    private const string ProductionAddress = "https://blog.example.test";
    private const string ScriptRan = "hugo-blog script ran; title colour rgb(170, 30, 40)";

    [ChromiumTheory]
    [InlineData("posts/post-1/")]
    [InlineData("")]
    public async Task Load_OptimizedHugoPage_AppliesItsStylesheetAndRunsItsScript(string page)
    {
        using var source = new TempDirectory();
        using var optimized = new TempDirectory();
        await using var original = await LoopbackServer.StartAsync(_ => { }, source.Path);
        await using var server = await LoopbackServer.StartAsync(_ => { }, optimized.Path);
        CopyBuiltFor(IntegritySite.HugoBlog, source.Path, original.Root);
        var before = await PageLoadRecorder.LoadAsync(site.Chromium, original.Url(page));
        CopyBuiltFor(IntegritySite.HugoBlog, source.Path, server.Root);

        await new SiteOptimizerPipeline(IntegritySite.Options).OptimizeAsync(source.Path, optimized.Path);
        var after = await PageLoadRecorder.LoadAsync(site.Chromium, server.Url(page));

        output.WriteLine(string.Join('\n', after.Console));
        Assert.Contains(before.Console, m => m.Contains(ScriptRan, StringComparison.Ordinal));
        var css = Directory.GetFiles(Path.Combine(optimized.Path, "css")).Single();
        Assert.True(new FileInfo(css).Length < new FileInfo(Path.Combine(source.Path, "css", Path.GetFileName(css))).Length, "the stylesheet is minified");
        Assert.DoesNotContain(after.Console, m => m.Contains("integrity", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(after.Console, m => m.Contains(ScriptRan, StringComparison.Ordinal));
        Assert.DoesNotContain(after.Requests, r => r.Host == "blog.example.test");
    }

    // The blog as Hugo would have built it with its baseURL set to the server's root.
    private static void CopyBuiltFor(string built, string folder, Uri root)
    {
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetExtension(file) is ".html" or ".xml")
            {
                File.WriteAllText(target, File.ReadAllText(file).Replace(ProductionAddress + "/", root.AbsoluteUri, StringComparison.Ordinal));
            }
            else
            {
                File.Copy(file, target, overwrite: true);
            }
        }
    }
}
