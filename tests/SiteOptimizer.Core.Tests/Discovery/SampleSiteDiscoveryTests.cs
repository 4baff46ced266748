using SiteOptimizer.Discovery;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Discovery;

/// <summary>The extractors on the real sample site, as the crawler will meet it.</summary>
public sealed class SampleSiteDiscoveryTests
{
    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(TestPaths.SampleSite, relativePath));

    [Fact]
    public void Extract_IndexHtml_FindsStylesheetScriptsIconsImagesAndPages()
    {
        var page = HtmlReferenceExtractor.Extract(Read("index.html"));
        var references = page.References;

        Assert.Null(page.BaseUrl);
        var stylesheet = Assert.Single(references, r => r.Type == ResourceType.Stylesheet);
        Assert.Equal(("css/main.css", DiscoveryKind.HtmlParser, true), (stylesheet.Url, stylesheet.Discovery, stylesheet.IsRenderBlocking));
        Assert.Equal((14, 3), (stylesheet.Line, stylesheet.Column));

        var module = Assert.Single(references, r => r.Type == ResourceType.Module);
        Assert.Equal(("js/app.js", true, false), (module.Url, module.IsDeferred, module.IsRenderBlocking));
        var classic = Assert.Single(references, r => r.Type == ResourceType.Script);
        Assert.Equal(("js/menu.js", true, false), (classic.Url, classic.IsDeferred, classic.IsRenderBlocking));

        Assert.Equal(["favicon.ico", "images/apple-touch-icon.png"], references.Where(r => r.Type == ResourceType.Icon).Select(r => r.Url));
        Assert.Equal(
            ["images/logo.png", "images/gallery/aitzgorri-ridge.jpg", "images/gallery/mountain-sunset.jpg", "images/gallery/nuthatch.jpg",
             "images/gallery/forest-stream.jpg", "images/icons/camera.png", "images/icons/compass.png", "images/icons/print.png",
             "images/gallery/storm-road.jpg"],
            references.Where(r => r.Type == ResourceType.Image).Select(r => r.Url));

        var pages = references.Where(r => r.Discovery == DiscoveryKind.Navigation).Select(r => r.Url).Distinct();
        Assert.Equal(["index.html", "gallery.html", "blog/index.html", "about.html", "contact.html", "blog/picos-de-europa.html", "CREDITS.md"], pages);
        Assert.DoesNotContain(references, r => r.Url.StartsWith("mailto:", StringComparison.Ordinal) || r.Url == "#top");
    }

    [Fact]
    public void Extract_MainCss_FindsTheImportAndTheHeroImage()
    {
        var css = Read("css/main.css");

        var references = CssReferenceExtractor.Extract(css).References;

        Assert.Equal(
            [("base.css", ResourceType.Stylesheet, "@import"), ("../images/hero.jpg", ResourceType.Image, "url()")],
            references.Select(r => (r.Url, r.Type, r.Origin)));
        Assert.Equal((7, 14), (references[0].Line, references[0].Column));
        Assert.All(references, r => Assert.Equal(r.Url, css.Substring(r.Offset, r.Length)));
    }

    [Fact]
    public void Extract_BaseCss_FindsBothFontFaceFonts()
    {
        var references = CssReferenceExtractor.Extract(Read("css/base.css")).References;

        Assert.Equal(["../fonts/lato-bold.woff2", "../fonts/lato-regular.woff2"], references.Select(r => r.Url));
        Assert.All(references, r => Assert.Equal((ResourceType.Font, DiscoveryKind.Css), (r.Type, r.Discovery)));
    }

    [Fact]
    public void Extract_AppJs_FindsItsStaticImportsButNotTheOneInItsComment()
    {
        var references = ModuleImportExtractor.Extract(Read("js/app.js")).References;

        Assert.Equal([("./lightbox.js", 11), ("./utils.js", 12)], references.Select(r => (r.Url, r.Line)));
        Assert.All(references, r => Assert.Equal((ResourceType.Module, DiscoveryKind.Script, false), (r.Type, r.Discovery, r.IsAsync)));
    }

    [Fact]
    public void Extract_LightboxJs_FindsUtilsButNotTheUsageExampleOrTheSpinnerUrl()
    {
        var references = ModuleImportExtractor.Extract(Read("js/lightbox.js")).References;

        Assert.Equal(["./utils.js"], references.Select(r => r.Url));
    }

    [Fact]
    public void Extract_EverySampleSiteFile_GivesSpansThatRoundTrip()
    {
        var files = Directory.EnumerateFiles(TestPaths.SampleSite, "*.*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".html" or ".css" or ".js")
            .ToList();

        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var text = File.ReadAllText(path);
            var references = Path.GetExtension(path) switch
            {
                ".html" => HtmlReferenceExtractor.Extract(text).References,
                ".css" => CssReferenceExtractor.Extract(text).References,
                _ => ScriptReferences.FromFile(text, isModule: true).References,
            };
            Assert.All(references, r =>
            {
                Assert.True(r.Line >= 1 && r.Column >= 1, $"{path}: {r}");
                if (r.Offset >= 0)
                {
                    Assert.Equal(r.Url, text.Substring(r.Offset, r.Length).Trim());
                }
            });
        }
    }
}
