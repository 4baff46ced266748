using SiteOptimizer.Discovery;

namespace SiteOptimizer.Tests.Discovery;

public sealed class HtmlReferenceExtractorTests
{
    private static IReadOnlyList<Reference> Extract(string html) => HtmlReferenceExtractor.Extract(html).References;

    private static Reference Only(string html) => Assert.Single(Extract(html));

    [Theory]
    [InlineData("<a href=\"about.html\">About</a>", "a")]
    [InlineData("<map name=m><area href=\"about.html\" alt=\"\"></map>", "area")]
    [InlineData("<svg><a href=\"about.html\"><text>About</text></a></svg>", "a")]
    public void Extract_Hyperlinks_AreNavigationToDocuments(string html, string element)
    {
        var reference = Only(html);

        Assert.Equal(("about.html", ResourceType.Document, DiscoveryKind.Navigation), (reference.Url, reference.Type, reference.Discovery));
        Assert.Equal((element, "href"), (reference.Element, reference.Origin));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("#top")]
    [InlineData("javascript:void(0)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("mailto:hello@example.com")]
    [InlineData("tel:+34000000000")]
    [InlineData("about:blank")]
    [InlineData("blob:https://example.com/1b2c")]
    public void Extract_UrlsThatFetchNothing_AreSkipped(string url)
    {
        Assert.Empty(Extract($"<a href=\"{url}\">x</a><img src=\"{url}\"><iframe src=\"{url}\"></iframe>"));
    }

    [Theory]
    [InlineData("<a href=\"  page.html?a=1#part \n\">x</a>", "page.html?a=1#part")]
    [InlineData("<img src=\"search?q=a&amp;b=2\">", "search?q=a&b=2")]
    [InlineData("<img src=\"caf&eacute;.png\">", "café.png")]
    [InlineData("<img src=\"a&#x2e;png\">", "a.png")]
    [InlineData("<img src=a.png?x=1&y=2>", "a.png?x=1&y=2")]
    [InlineData("<a href=\"/path/#top\">x</a>", "/path/#top")]
    public void Extract_AttributeUrls_AreEntityDecodedAndTrimmed(string html, string url)
    {
        Assert.Equal(url, Only(html).Url);
    }

    [Fact]
    public void Extract_SrcsetCandidates_AreSeparateReferencesWithDescriptors()
    {
        const string Html = """
            <img src="a-800.jpg"
                 srcset="a-480.jpg 480w,
                         a-800.jpg   800w ,
                         a,1600.jpg 1600w"
                 sizes="100vw" alt="">
            """;

        var references = Extract(Html);

        Assert.Equal(
            [("a-800.jpg", "src", null), ("a-480.jpg", "srcset", "480w"), ("a-800.jpg", "srcset", "800w"), ("a,1600.jpg", "srcset", "1600w")],
            references.Select(r => (r.Url, r.Origin, r.Descriptor)));
        Assert.All(references, r => Assert.Equal((ResourceType.Image, DiscoveryKind.HtmlParser, "img"), (r.Type, r.Discovery, r.Element)));
    }

    [Theory]
    [InlineData("<img src=a.png loading=lazy>", true, null)]
    [InlineData("<img src=a.png loading=LAZY fetchpriority=HIGH>", true, "high")]
    [InlineData("<img src=a.png loading=eager fetchpriority=low>", false, "low")]
    [InlineData("<img src=a.png>", false, null)]
    [InlineData("<iframe src=a.html loading=lazy></iframe>", true, null)]
    public void Extract_LoadingHints_AreRecorded(string html, bool lazy, string? priority)
    {
        var reference = Only(html);

        Assert.Equal((lazy, priority), (reference.IsLazy, reference.FetchPriority));
    }

    [Fact]
    public void Extract_PictureSources_AreImagesWithTheirMedia()
    {
        const string Html = """
            <picture>
              <source media="(min-width: 800px)" srcset="wide.avif 1x, wide@2x.avif 2x" type="image/avif">
              <source srcset="narrow.webp">
              <img src="fallback.jpg" alt="">
            </picture>
            """;

        var references = Extract(Html);

        Assert.Equal(
            [("wide.avif", "1x", "(min-width: 800px)"), ("wide@2x.avif", "2x", "(min-width: 800px)"), ("narrow.webp", null, null), ("fallback.jpg", null, null)],
            references.Select(r => (r.Url, r.Descriptor, r.Media)));
        Assert.All(references, r => Assert.Equal((ResourceType.Image, DiscoveryKind.HtmlParser), (r.Type, r.Discovery)));
    }

    [Fact]
    public void Extract_VideoAndAudio_PosterIsAnImageAndSourcesAreMedia()
    {
        const string Html = """
            <video poster="poster.jpg" src="clip.mp4"><source src="clip.webm" type="video/webm"><track src="subs.vtt"></video>
            <audio src="song.mp3"><source src="song.ogg"></audio>
            """;

        Assert.Equal(
            [("poster.jpg", ResourceType.Image, "poster"), ("clip.mp4", ResourceType.Media, "src"), ("clip.webm", ResourceType.Media, "src"),
             ("song.mp3", ResourceType.Media, "src"), ("song.ogg", ResourceType.Media, "src")],
            Extract(Html).Select(r => (r.Url, r.Type, r.Origin)));
    }

    [Fact]
    public void Extract_FramesAndEmbeds_AreDocumentsAndOther()
    {
        const string Html = "<iframe src=\"map.html\"></iframe><embed src=\"tour.swf\"><object data=\"route.pdf\"></object>";

        Assert.Equal(
            [("map.html", ResourceType.Document), ("tour.swf", ResourceType.Other), ("route.pdf", ResourceType.Other)],
            Extract(Html).Select(r => (r.Url, r.Type)));
        Assert.All(Extract(Html), r => Assert.Equal(DiscoveryKind.HtmlParser, r.Discovery));
    }

    [Theory]
    [InlineData("stylesheet", null, ResourceType.Stylesheet, DiscoveryKind.HtmlParser)]
    [InlineData("StyleSheet", null, ResourceType.Stylesheet, DiscoveryKind.HtmlParser)]
    [InlineData("icon", null, ResourceType.Icon, DiscoveryKind.HtmlParser)]
    [InlineData("shortcut icon", null, ResourceType.Icon, DiscoveryKind.HtmlParser)]
    [InlineData("apple-touch-icon", null, ResourceType.Icon, DiscoveryKind.HtmlParser)]
    [InlineData("mask-icon", null, ResourceType.Icon, DiscoveryKind.HtmlParser)]
    [InlineData("manifest", null, ResourceType.Manifest, DiscoveryKind.HtmlParser)]
    [InlineData("preload", "image", ResourceType.Image, DiscoveryKind.Preload)]
    [InlineData("preload", "style", ResourceType.Stylesheet, DiscoveryKind.Preload)]
    [InlineData("preload", "script", ResourceType.Script, DiscoveryKind.Preload)]
    [InlineData("preload", "FONT", ResourceType.Font, DiscoveryKind.Preload)]
    [InlineData("preload", "fetch", ResourceType.Other, DiscoveryKind.Preload)]
    [InlineData("preload", "video", ResourceType.Media, DiscoveryKind.Preload)]
    [InlineData("preload", null, ResourceType.Other, DiscoveryKind.Preload)]
    [InlineData("modulepreload", null, ResourceType.Module, DiscoveryKind.Preload)]
    [InlineData("prefetch", null, ResourceType.Other, DiscoveryKind.Navigation)]
    [InlineData("prefetch", "image", ResourceType.Image, DiscoveryKind.Navigation)]
    public void Extract_LinkRelations_GiveTypeAndDiscovery(string rel, string? preloadAs, ResourceType type, DiscoveryKind discovery)
    {
        var asAttribute = preloadAs is null ? "" : $" as=\"{preloadAs}\"";

        var reference = Only($"<link rel=\"{rel}\" href=\"x\"{asAttribute}>");

        Assert.Equal((type, discovery, "link", "href"), (reference.Type, reference.Discovery, reference.Element, reference.Origin));
        Assert.Equal(preloadAs?.ToLowerInvariant(), reference.PreloadAs);
    }

    [Theory]
    [InlineData("preconnect")]
    [InlineData("dns-prefetch")]
    [InlineData("canonical")]
    [InlineData("alternate")]
    [InlineData("next")]
    [InlineData("")]
    public void Extract_LinksThatFetchNothing_AreSkipped(string rel)
    {
        Assert.Empty(Extract($"<link rel=\"{rel}\" href=\"https://cdn.example.com/\">"));
    }

    [Theory]
    [InlineData("<head><link rel=stylesheet href=a.css></head>", true, null)]
    [InlineData("<head><link rel=stylesheet href=a.css media=all></head>", true, "all")]
    [InlineData("<head><link rel=stylesheet href=a.css media=\" Screen \"></head>", true, "Screen")]
    [InlineData("<head><link rel=stylesheet href=a.css media=print></head>", false, "print")]
    [InlineData("<head><link rel=stylesheet href=a.css media=\"(min-width: 800px)\"></head>", false, "(min-width: 800px)")]
    [InlineData("<head><link rel=\"alternate stylesheet\" href=a.css title=Dark></head>", false, null)]
    [InlineData("<head><link rel=stylesheet href=a.css disabled></head>", false, null)]
    [InlineData("<body><link rel=stylesheet href=a.css></body>", false, null)]
    public void Extract_Stylesheet_IsRenderBlockingInHeadForScreen(string html, bool blocking, string? media)
    {
        var reference = Only(html);

        Assert.Equal((ResourceType.Stylesheet, blocking, media), (reference.Type, reference.IsRenderBlocking, reference.Media));
    }

    [Fact]
    public void Extract_PreloadWithImagesrcset_GivesEveryCandidate()
    {
        const string Html = "<link rel=preload as=image href=\"hero.jpg\" imagesrcset=\"hero-800.jpg 800w, hero-1600.jpg 1600w\" imagesizes=\"100vw\" fetchpriority=high>";

        var references = Extract(Html);

        Assert.Equal(
            [("hero.jpg", "href", null), ("hero-800.jpg", "imagesrcset", "800w"), ("hero-1600.jpg", "imagesrcset", "1600w")],
            references.Select(r => (r.Url, r.Origin, r.Descriptor)));
        Assert.All(references, r => Assert.Equal((ResourceType.Image, DiscoveryKind.Preload, "image", "high"), (r.Type, r.Discovery, r.PreloadAs, r.FetchPriority)));
    }

    [Theory]
    [InlineData("<head><script src=a.js></script></head>", ResourceType.Script, false, false, true)]
    [InlineData("<head><script src=a.js type=text/javascript></script></head>", ResourceType.Script, false, false, true)]
    [InlineData("<head><script src=a.js async></script></head>", ResourceType.Script, true, false, false)]
    [InlineData("<head><script src=a.js defer></script></head>", ResourceType.Script, false, true, false)]
    [InlineData("<body><script src=a.js></script></body>", ResourceType.Script, false, false, false)]
    [InlineData("<head><script type=module src=a.js></script></head>", ResourceType.Module, false, true, false)]
    [InlineData("<head><script type=\" MODULE \" src=a.js async></script></head>", ResourceType.Module, true, true, false)]
    public void Extract_Scripts_RecordAsyncDeferAndBlocking(string html, ResourceType type, bool isAsync, bool isDeferred, bool blocking)
    {
        var reference = Only(html);

        Assert.Equal(("a.js", DiscoveryKind.HtmlParser, "script", "src"), (reference.Url, reference.Discovery, reference.Element, reference.Origin));
        Assert.Equal((type, isAsync, isDeferred, blocking), (reference.Type, reference.IsAsync, reference.IsDeferred, reference.IsRenderBlocking));
    }

    [Theory]
    [InlineData("<script type=application/ld+json src=data.json></script>")]
    [InlineData("<script type=importmap src=map.json></script>")]
    [InlineData("<script type=text/template src=t.html></script>")]
    [InlineData("<script>import('./classic-inline.js');</script>")]
    [InlineData("<noscript><img src=tracking.gif></noscript>")]
    [InlineData("<template><img src=later.png></template>")]
    public void Extract_ThingsABrowserDoesNotFetch_AreSkipped(string html)
    {
        Assert.Empty(Extract(html));
    }

    [Fact]
    public void Extract_NomoduleScript_IsLeftToTheCrawlerOnly()
    {
        var reference = Only("<head><script nomodule src=legacy.js></script></head>");

        Assert.Equal((ResourceType.Script, DiscoveryKind.Navigation, false), (reference.Type, reference.Discovery, reference.IsRenderBlocking));
    }

    [Fact]
    public void Extract_InlineModule_ItsImportsArePlacedInTheHtmlFile()
    {
        const string Html = "<!DOCTYPE html>\n<body>\n<script type=\"module\">\n  import { a } from './a.js';\n  // import './no.js';\n  const b = await import(\"./b.js\");\n</script>\n<script>import('./classic.js')</script>";

        var references = Extract(Html);

        Assert.Equal([("./a.js", 4, 22), ("./b.js", 6, 27)], references.Select(r => (r.Url, r.Line, r.Column)));
        Assert.All(references, r => Assert.Equal(r.Url, Html.Substring(r.Offset, r.Length)));
        Assert.All(references, r => Assert.Equal((ResourceType.Module, DiscoveryKind.Script, "script"), (r.Type, r.Discovery, r.Element)));
        Assert.Equal(["import", "import()"], references.Select(r => r.Origin));
    }

    [Fact]
    public void Extract_StyleBlockAndStyleAttribute_AreReadAsCssAndPlacedInTheHtmlFile()
    {
        const string Html = "<html>\r\n<head><style media=screen>\r\n  .a { background: url(a.png) }\r\n</style></head>\r\n<body><div class=\"x\" style=\"background-image: url('b.png')\"></div></body></html>";

        var references = Extract(Html);

        Assert.Equal([("a.png", "style", 3, 24), ("b.png", "div", 5, 52)], references.Select(r => (r.Url, r.Element, r.Line, r.Column)));
        Assert.All(references, r => Assert.Equal((ResourceType.Image, DiscoveryKind.Css, "url()"), (r.Type, r.Discovery, r.Origin)));
        Assert.All(references, r => Assert.Equal(r.Url, Html.Substring(r.Offset, r.Length)));
    }

    [Fact]
    public void Extract_StyleAttributeWithCharacterReferences_IsDecodedButHasNoSpan()
    {
        const string Html = "<p>\n<span title=a style=\"background: url(&quot;c&amp;d.png&quot;)\">x</span>";

        var reference = Only(Html);

        Assert.Equal(("c&d.png", -1, -1), (reference.Url, reference.Offset, reference.Length));
        Assert.Equal((2, 22), (reference.Line, reference.Column));
    }

    [Fact]
    public void Extract_StyleBlockOfAnotherLanguage_IsSkipped()
    {
        Assert.Empty(Extract("<style type=text/less>.a { background: url(a.png) }</style>"));
    }

    [Theory]
    [InlineData("<meta property=\"og:image\" content=\"https://example.com/share.jpg\">")]
    [InlineData("<meta name=\"twitter:image\" content=\"https://example.com/share.jpg\">")]
    [InlineData("<meta property=\"og:image:secure_url\" content=\" https://example.com/share.jpg \">")]
    public void Extract_SocialPreviewImages_AreImagesForTheCrawlerOnly(string html)
    {
        var reference = Only(html);

        Assert.Equal(("https://example.com/share.jpg", ResourceType.Image, DiscoveryKind.Navigation, "content"),
            (reference.Url, reference.Type, reference.Discovery, reference.Origin));
    }

    [Fact]
    public void Extract_OtherMeta_IsSkipped()
    {
        Assert.Empty(Extract("<meta name=description content=\"a.png\"><meta property=og:title content=\"b.png\">"));
    }

    [Theory]
    [InlineData("<head><base href=\" /blog/ \"></head><a href=post.html>x</a>", "/blog/")]
    [InlineData("<base target=_blank><base href=\"https://example.com/\"><base href=\"/ignored/\">", "https://example.com/")]
    [InlineData("<a href=post.html>x</a>", null)]
    public void Extract_FirstBaseHref_IsTheBaseUrl(string html, string? baseUrl)
    {
        Assert.Equal(baseUrl, HtmlReferenceExtractor.Extract(html).BaseUrl);
    }

    [Fact]
    public void Extract_ReferenceOnLine3_HasTheLineAndColumnOfItsElement()
    {
        const string Html = "<!DOCTYPE html>\n<p>one</p>\n  <p>two <img src=\"three.png\"></p>";

        var reference = Only(Html);

        Assert.Equal((3, 10), (reference.Line, reference.Column));
    }

    [Fact]
    public void Extract_References_AreInDocumentOrder()
    {
        const string Html = """
            <!DOCTYPE html>
            <html><head>
              <link rel="stylesheet" href="a.css">
              <script src="b.js"></script>
              <style>.c { background: url(c.png) }</style>
            </head><body style="background: url(d.png)">
              <a href="e.html"><img src="f.png" srcset="g.png 2x"></a>
              <script type="module">import "./h.js";</script>
              <video poster="i.jpg"></video>
            </body></html>
            """;

        var urls = Extract(Html).Select(r => r.Url);

        Assert.Equal(["a.css", "b.js", "c.png", "d.png", "e.html", "f.png", "g.png", "./h.js", "i.jpg"], urls);
    }

    [Fact]
    public void Extract_IsSafeToCallFromManyThreads()
    {
        var html = File.ReadAllText(Path.Combine(Support.TestPaths.SampleSite, "gallery.html"));
        var expected = Extract(html);

        var results = new IReadOnlyList<Reference>[32];
        Parallel.For(0, results.Length, i => results[i] = Extract(html));

        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
