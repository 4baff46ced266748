using SiteOptimizer.Estimation;
using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Estimation;

/// <summary>Pages read from files into the model and simulated: what the browser fetches, and when.</summary>
public sealed class PageModelTests : IDisposable
{
    private readonly TempDirectory _site = new();

    public PageModelTests()
    {
        Directory.CreateDirectory(_site.Combine("images"));
        File.Copy(TestPaths.SampleImage("images/hero.jpg"), _site.Combine("images", "hero.jpg"));
        File.Copy(TestPaths.SamplePhoto("nuthatch.jpg"), _site.Combine("images", "photo.jpg"));
        File.WriteAllText(_site.Combine("style.css"), ".hero { background-image: url(images/hero.jpg); height: 600px }");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void APreload_FindsTheHeroBackgroundBeforeTheStylesheetDoes_AndBringsLcpForward()
    {
        const string Body = "<body><div class=hero></div><p>Hello</p></body>";
        var plain = Load("plain.html", $"<head><link rel=stylesheet href=style.css></head>{Body}");
        var preloaded = Load("preloaded.html", $"<head><link rel=preload as=image href=images/hero.jpg fetchpriority=high><link rel=stylesheet href=style.css></head>{Body}");

        var late = plain.Requests.Single(r => r.Url == "images/hero.jpg");
        var early = preloaded.Requests.Single(r => r.Url == "images/hero.jpg");
        Assert.Equal("images/hero.jpg", plain.LcpElement);
        Assert.True(early.DiscoveredMs < late.DiscoveredMs, $"preloaded at {early.DiscoveredMs} ms, found through the CSS at {late.DiscoveredMs} ms");
        Assert.True(preloaded.Metrics.LcpMs < plain.Metrics.LcpMs, $"LCP {preloaded.Metrics.LcpMs} ms with the preload, {plain.Metrics.LcpMs} ms without");
    }

    [Fact]
    public void AnImageAModuleInserts_IsTheLcp_RequestedOnceTheModuleHasRun_AtOnceWhenPreloaded()
    {
        File.WriteAllText(_site.Combine("banner.js"), "export const banner = new URL('images/photo.jpg', import.meta.url).href;");
        const string Body = "<body><div id=banner></div><p>A short text.</p><script type=module>"
            + "import { banner } from './banner.js'; const image = document.createElement('img'); image.src = banner; document.getElementById('banner').append(image);"
            + "</script></body>";
        var plain = Load("inserted.html", $"<head><link rel=stylesheet href=style.css></head>{Body}");
        var preloaded = Load("preloaded.html", $"<head><link rel=preload as=image href=images/photo.jpg fetchpriority=high><link rel=stylesheet href=style.css></head>{Body}");

        var module = plain.Requests.Single(r => r.Url == "banner.js");
        var late = plain.Requests.Single(r => r.Url == "images/photo.jpg");
        var early = preloaded.Requests.Single(r => r.Url == "images/photo.jpg");
        Assert.Equal("images/photo.jpg", plain.LcpElement);
        Assert.Equal("images/photo.jpg", preloaded.LcpElement);
        Assert.True(late.DiscoveredMs > module.EndMs, $"requested at {late.DiscoveredMs} ms, the module arrived at {module.EndMs} ms");
        var itsModule = preloaded.Requests.Single(r => r.Url == "banner.js");
        Assert.True(early.DiscoveredMs <= itsModule.DiscoveredMs, $"preloaded at {early.DiscoveredMs} ms, the module found at {itsModule.DiscoveredMs} ms");
        Assert.True(preloaded.Metrics.LcpMs < plain.Metrics.LcpMs, $"LCP {preloaded.Metrics.LcpMs} ms with the preload, {plain.Metrics.LcpMs} ms without");
    }

    [Fact]
    public void TheSitesOwnFont_GoesOnThePagesConnection()
    {
        Directory.CreateDirectory(_site.Combine("fonts"));
        File.Copy(Path.Combine(TestPaths.SampleSite, "fonts", "lato-regular.woff2"), _site.Combine("fonts", "lato.woff2"));
        File.WriteAllText(_site.Combine("fonts.css"), "@font-face { font-family: Lato; src: url(fonts/lato.woff2) format('woff2'); font-display: swap } body { font-family: Lato, sans-serif }");

        var load = Load("font.html", "<head><link rel=stylesheet href=fonts.css></head><body><p>Text in Lato.</p></body>");

        // No handshakes: it is sent the moment the first layout asks for it.
        var font = load.Requests.Single(r => r.Url == "fonts/lato.woff2");
        Assert.Equal(font.DiscoveredMs, font.StartMs, 3);
    }

    [Fact]
    public void ALazyImageFarBelowTheFold_IsNotFetchedBeforeLoad_AnEagerOneIs()
    {
        const string Filler = "<div style=\"height: 5000px\"></div>";
        var lazy = Load("lazy.html", $"<body><p>Text</p>{Filler}<img src=images/photo.jpg loading=lazy></body>");
        var eager = Load("eager.html", $"<body><p>Text</p>{Filler}<img src=images/photo.jpg></body>");

        Assert.DoesNotContain(lazy.Requests, r => r.Url == "images/photo.jpg");
        Assert.Contains(eager.Requests, r => r.Url == "images/photo.jpg");
        Assert.True(lazy.Metrics.LoadMs < eager.Metrics.LoadMs);
    }

    [Fact]
    public void ALazyImageInView_IsFetchedOnlyOnceTheLayoutIsKnown()
    {
        var lazy = Load("lazy.html", "<head><link rel=stylesheet href=style.css></head><body><img src=images/photo.jpg loading=lazy></body>");
        var eager = Load("eager.html", "<head><link rel=stylesheet href=style.css></head><body><img src=images/photo.jpg></body>");

        var css = lazy.Requests.Single(r => r.Url == "style.css");
        Assert.True(lazy.Requests.Single(r => r.Url == "images/photo.jpg").DiscoveredMs >= css.EndMs);
        Assert.True(eager.Requests.Single(r => r.Url == "images/photo.jpg").DiscoveredMs < css.EndMs);
    }

    [Fact]
    public void TheLcpElement_IsTheLargestThingInView_AnImageBelowTheFoldIsNot()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("Words on a page. ", 15)) + "</p>";
        var imageFirst = Load("image-first.html", $"<body><h1>Title</h1><img src=images/photo.jpg>{paragraph}</body>");
        var imageBelow = Load("image-below.html", $"<body><h1>Title</h1>{paragraph}<div style=\"height: 1200px\"></div><img src=images/photo.jpg></body>");

        Assert.Equal("images/photo.jpg", imageFirst.LcpElement);
        Assert.StartsWith("<p> Words on a page.", imageBelow.LcpElement, StringComparison.Ordinal);
        Assert.Equal(imageBelow.Metrics.FcpMs, imageBelow.Metrics.LcpMs);
        Assert.True(imageFirst.Metrics.LcpMs > imageFirst.Metrics.FcpMs);
    }

    [Fact]
    public void AHeroInItsOwnStyleAttribute_IsTheLcp_ItsImageSetCopyFetchesTheFirstOption()
    {
        // The model only needs the file to be there: its bytes are the JPEG's.
        File.Copy(_site.Combine("images", "hero.jpg"), _site.Combine("images", "hero.avif"));
        const string Heading = "<h1>Welcome to the page</h1>";
        var plain = Load("inline.html", $"<body><header style=\"background-image: url('images/hero.jpg'); height: 400px\">{Heading}</header></body>");
        var offered = Load("inline-set.html", "<body><header style=\"background-image: url('images/hero.jpg'); background-image: image-set(url('images/hero.avif') type('image/avif'), "
            + $"url('images/hero.jpg') type('image/jpeg')); height: 400px\">{Heading}</header></body>");

        Assert.Equal("images/hero.jpg", plain.LcpElement);
        Assert.Equal("images/hero.avif", offered.LcpElement);
        Assert.DoesNotContain(offered.Requests, r => r.Url == "images/hero.jpg");
    }

    [Fact]
    public void AHeroBehindAGradientLayerInAShorthand_IsTheLcp()
    {
        File.WriteAllText(_site.Combine("layered.css"), ".masthead { background: linear-gradient(90deg, rgba(0,0,0,.1), rgba(0,0,0,.4)), url(images/hero.jpg) no-repeat center / cover; height: 400px }");

        var page = Load("layered.html", "<head><link rel=stylesheet href=layered.css></head><body><header class=masthead><h1>Welcome to the page</h1></header></body>");

        Assert.Equal("images/hero.jpg", page.LcpElement);
    }

    [Fact]
    public void ABackgroundThatFillsTheViewport_IsNotTheLcp_TheHeadingOnItIs()
    {
        // Chromium takes an image covering the whole viewport for a background, not content.
        File.WriteAllText(_site.Combine("wrapper.css"), "#page-wrapper { background-image: url(images/hero.jpg); min-height: 100vh }");

        var page = Load("wrapper.html", "<head><link rel=stylesheet href=wrapper.css></head><body><div id=page-wrapper><h1>Welcome to the page</h1><p>Words.</p></div></body>");

        Assert.StartsWith("<h1> Welcome", page.LcpElement, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePictureSourceAndSrcsetWidth_AreThoseChromeWouldPick()
    {
        var page = "<picture><source type=image/avif srcset=\"a-640w.avif 640w, a-1280w.avif 1280w\" sizes=100vw><img src=a.jpg srcset=\"a-640w.jpg 640w, a.jpg 1920w\" sizes=100vw></picture>";
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page);
        var image = document.QuerySelector("img")!;

        // 412 CSS px at 1.75x needs 721 device px: 640w (1.55x) is too narrow, 1280w (3.1x) is the first wide enough.
        Assert.Equal("a-1280w.avif", ImageChoice.For(image, NetworkProfiles.MobileSlow4G));
        // 1350 px at 1x: no source is wide enough; the widest.
        Assert.Equal("a-1280w.avif", ImageChoice.For(image, NetworkProfiles.Desktop));
        Assert.Equal("a-640w.avif", ImageChoice.For(image, NetworkProfiles.Desktop with { ViewportWidth = 600 }));
        Assert.Equal("a.jpg", ImageChoice.Pick("a-640w.jpg 640w, a.jpg 1920w", "100vw", "a.jpg", NetworkProfiles.Desktop));
    }

    private PageLoad Load(string name, string html)
    {
        File.WriteAllText(_site.Combine(name), "<!doctype html>" + html);
        var model = new PageModelBuilder(new SiteFiles(_site.Path), NetworkProfiles.MobileSlow4G, ModelConstants.Default, new ModelOptions()).Build(name)!;
        return new LoadSimulator(NetworkProfiles.MobileSlow4G).Run(model);
    }
}
