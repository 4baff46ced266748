using System.Text;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;
using static SiteOptimizer.Tests.Integrity.IntegritySite;

namespace SiteOptimizer.Tests.Integrity;

/// <summary>
/// A file that pages name with <c>integrity</c> is only changed where every page's digest can be
/// made to name it again: then each value gets the digests of the file as written; otherwise the
/// file is written exactly as it was, with a warning (SO2006).
/// </summary>
public sealed class SubresourceIntegrityTests
{
    [Fact]
    public async Task Optimize_HugoFingerprintedBlog_EveryDigestNamesTheMinifiedFile()
    {
        using var site = new IntegritySite();
        var css = Directory.GetFiles(Path.Combine(HugoBlog, "css")).Single();
        var js = Directory.GetFiles(Path.Combine(HugoBlog, "js")).Single();

        var report = await new SiteOptimizerPipeline(Options).OptimizeAsync(HugoBlog, site.Output);

        Assert.True(new FileInfo(Path.Combine(site.Output, "css", Path.GetFileName(css))).Length < new FileInfo(css).Length, "the stylesheet is minified");
        Assert.True(new FileInfo(Path.Combine(site.Output, "js", Path.GetFileName(js))).Length < new FileInfo(js).Length, "the script is minified");
        // Four pages, each with a stylesheet, a script preload and a script.
        Assert.Equal(12, AssertEveryIntegrityHolds(site.Output, [new Uri("https://blog.example.test/")]));
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.IntegrityKept);
    }

    [Fact]
    public async Task Optimize_DigestThatDidNotMatchTheOriginal_KeepsTheFileAndWarns()
    {
        using var site = new IntegritySite()
            .Write("style.css", Stylesheet)
            .Write("index.html", $"""<!doctype html><html><head><link rel="stylesheet" href="style.css" integrity="{Sha256("something else")}"></head><body><p>Hi</p></body></html>""");

        var report = await site.OptimizeAsync();

        Assert.Equal(site.SourceBytes("style.css"), site.OutputBytes("style.css"));
        Assert.Contains(Sha256("something else"), site.OutputText("index.html"), StringComparison.Ordinal);
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.IntegrityKept);
        Assert.Equal(("index.html", DiagnosticSeverity.Warning), (warning.File, warning.Severity));
        Assert.Contains("style.css", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_SeveralDigestsOfMixedAlgorithms_WritesOneDigestOfEachAlgorithm()
    {
        var scriptBytes = Encoding.UTF8.GetBytes(Script);
        using var site = new IntegritySite()
            .Write("app.js", Script)
            .Write("index.html", $"""<!doctype html><html><head><script src="app.js" integrity="{Sha256("an older build")} {Sha512(scriptBytes)}"></script></head><body><p>Hi</p></body></html>""");

        await site.OptimizeAsync();

        Assert.True(site.OutputBytes("app.js").Length < scriptBytes.Length);
        var value = Assert.Single(SiteOptimizer.Integrity.IntegrityScanner.Find(site.OutputText("index.html"))).Value;
        var minified = site.OutputBytes("app.js");
        Assert.Equal($"sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(minified))} {Sha512(minified)}", value);
    }

    [Fact]
    public async Task Optimize_ImportMapIntegrity_NamesTheMinifiedModule()
    {
        using var site = new IntegritySite()
            .Write("js/app.js", Script.Replace("greet('world');", "export const answer = 42;\ngreet('world');", StringComparison.Ordinal))
            .Write("index.html", "<!doctype html><html><head>PLACEHOLDER<script type=\"module\">import \"app\";</script></head><body><p>Hi</p></body></html>");
        var module = Encoding.UTF8.GetString(site.SourceBytes("js/app.js"));
        site.Write("index.html", Encoding.UTF8.GetString(site.SourceBytes("index.html")).Replace("PLACEHOLDER",
            $$"""<script type="importmap">{ "imports": { "app": "/js/app.js" }, "integrity": { "/js/app.js": "{{Sha256(module)}}" } }</script>""", StringComparison.Ordinal));

        await site.OptimizeAsync();

        Assert.True(site.OutputBytes("js/app.js").Length < module.Length);
        Assert.DoesNotContain(Sha256(module), site.OutputText("index.html"), StringComparison.Ordinal);
        Assert.Equal(1, AssertEveryIntegrityHolds(site.Output));
    }

    [Fact]
    public async Task Optimize_FileNamedWithIntegrityOnOnePageAndWithoutOnAnother_IsMinifiedAndBothPagesLoadIt()
    {
        using var site = new IntegritySite()
            .Write("style.css", Stylesheet)
            .Write("index.html", $"""<!doctype html><html><head><link rel="stylesheet" href="style.css" integrity="{Sha256(Stylesheet)}"></head><body><a href="about.html">About</a></body></html>""")
            .Write("about.html", """<!doctype html><html><head><link rel="stylesheet" href="style.css"></head><body><p>About</p></body></html>""");

        await site.OptimizeAsync();

        Assert.True(site.OutputBytes("style.css").Length < Stylesheet.Length);
        Assert.Equal(1, AssertEveryIntegrityHolds(site.Output));
    }

    [Fact]
    public async Task Optimize_ImagePreloadWithIntegrity_NamesTheRecompressedImage()
    {
        using var site = new IntegritySite().Write("photo.jpg", File.ReadAllBytes(TestPaths.SamplePhoto("nuthatch.jpg")));
        site.Write("index.html", $"""<!doctype html><html><head><link rel="preload" as="image" href="photo.jpg" integrity="{Sha512(site.SourceBytes("photo.jpg"))}"></head><body><img src="photo.jpg" alt="A nuthatch" width="800"></body></html>""");

        await site.OptimizeAsync();

        Assert.NotEqual(site.SourceBytes("photo.jpg"), site.OutputBytes("photo.jpg"));
        Assert.Equal(1, AssertEveryIntegrityHolds(site.Output));
    }

    [Fact]
    public async Task Optimize_OwnFileNamedAtAnAddressNotKnownAsTheSite_IsKeptAndWarns()
    {
        using var site = new IntegritySite()
            .Write("style.css", Stylesheet)
            .Write("index.html", $"""<!doctype html><html><head><link rel="stylesheet" href="https://static.example.test/style.css" integrity="{Sha256(Stylesheet)}" crossorigin></head><body><p>Hi</p></body></html>""");

        var report = await site.OptimizeAsync();

        Assert.Equal(site.SourceBytes("style.css"), site.OutputBytes("style.css"));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.IntegrityKept);
        Assert.Contains("https://static.example.test", warning.Message, StringComparison.Ordinal);
        Assert.Contains("siteUrl", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_PageCopiedAsItIs_StillKeepsTheFilesItNamesWithIntegrity()
    {
        var broken = Encoding.UTF8.GetBytes($"""<!doctype html><html><head><meta charset="utf-8"><script src="app.js" integrity="{Sha512(Encoding.UTF8.GetBytes(Script))}"></script></head><body><p>Caf""")
            .Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("</p></body></html>")).ToArray();
        using var site = new IntegritySite()
            .Write("app.js", Script)
            .Write("index.html", """<!doctype html><html><head><script src="app.js"></script></head><body><a href="latin.html">More</a></body></html>""")
            .Write("latin.html", broken);

        var report = await site.OptimizeAsync();

        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.NotUtf8 && d.File == "latin.html");
        Assert.Equal(site.SourceBytes("app.js"), site.OutputBytes("app.js"));
    }

    [Fact]
    public async Task Optimize_IntegrityNoBrowserChecks_LeavesTheValueAndMinifiesTheFile()
    {
        using var site = new IntegritySite()
            .Write("style.css", Stylesheet)
            .Write("index.html", """<!doctype html><html><head><link rel="stylesheet" href="style.css" integrity="md5-1B2M2Y8AsgTpgAmY7PhCfg=="></head><body><p>Hi</p></body></html>""");

        await site.OptimizeAsync();

        Assert.True(site.OutputBytes("style.css").Length < Stylesheet.Length);
        Assert.Contains("integrity=\"md5-1B2M2Y8AsgTpgAmY7PhCfg==\"", site.OutputText("index.html"), StringComparison.Ordinal);
    }
}
