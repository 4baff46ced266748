using SiteOptimizer.Discovery;

namespace SiteOptimizer.Tests.Discovery;

public sealed class CssReferenceExtractorTests
{
    [Theory]
    [InlineData("a{background:url(img/a.png)}", "img/a.png", "img/a.png")]
    [InlineData("a{background:url(\"img/a.png\")}", "img/a.png", "img/a.png")]
    [InlineData("a{background:url('img/a.png')}", "img/a.png", "img/a.png")]
    [InlineData("a{background:url(  img/a.png  )}", "img/a.png", "img/a.png")]
    [InlineData("a{background:url(\n\t\"img/a.png\"\n)}", "img/a.png", "img/a.png")]
    [InlineData("a{background:URL(img/a.png)}", "img/a.png", "img/a.png")]
    [InlineData("a{background:Url( 'img/a.png' )}", "img/a.png", "img/a.png")]
    [InlineData("a{background:url(img/a\\).png)}", "img/a).png", "img/a\\).png")]
    [InlineData("a{background:url(\"a\\\"b.png\")}", "a\"b.png", "a\\\"b.png")]
    [InlineData("a{background:url('it\\'s.png')}", "it's.png", "it\\'s.png")]
    [InlineData("a{background:url(\\31 23.png)}", "123.png", "\\31 23.png")]
    [InlineData("a{background:url(\"caf\\E9.png\")}", "café.png", "caf\\E9.png")]
    [InlineData("a{background:url(\"caf\\0000E9 .png\")}", "café.png", "caf\\0000E9 .png")]
    [InlineData("a{background:url(img/a.png?v=1#frag)}", "img/a.png?v=1#frag", "img/a.png?v=1#frag")]
    [InlineData("a{background:url(\"line\\\ncontinued.png\")}", "linecontinued.png", "line\\\ncontinued.png")]
    public void Extract_UrlForms_DecodeAndKeepTheirSpan(string css, string url, string written)
    {
        var reference = Assert.Single(CssReferenceExtractor.Extract(css).References);

        Assert.Equal(url, reference.Url);
        Assert.Equal(written, css.Substring(reference.Offset, reference.Length));
        Assert.Equal("url()", reference.Origin);
        Assert.Equal(DiscoveryKind.Css, reference.Discovery);
    }

    [Fact]
    public void Extract_CommentsAndStrings_AreNotReferences()
    {
        const string Css = """
            /* .old { background: url(old.png) } */
            a::before { content: "url(quoted.png)"; }
            b::before { content: 'url(single.png) \' url(escaped.png)'; }
            c { background: url(real.png); }
            /* url(unterminated.png)
            """;

        var urls = CssReferenceExtractor.Extract(Css).References.Select(r => r.Url);

        Assert.Equal(["real.png"], urls);
    }

    [Fact]
    public void Extract_UrlInsideAnotherWord_IsNotAReference()
    {
        Assert.Empty(CssReferenceExtractor.Extract("a { --x: myurl(a.png); b: xurl(b.png) }").References);
    }

    [Theory]
    [InlineData("@import \"a.css\";", null)]
    [InlineData("@import 'a.css' screen;", "screen")]
    [InlineData("@import url(a.css) print;", "print")]
    [InlineData("@import url( \"a.css\" ) screen and (min-width: 40em);", "screen and (min-width: 40em)")]
    [InlineData("@import url(a.css) layer(base) supports(display: grid) print;", "print")]
    [InlineData("@import url(a.css) layer;", null)]
    [InlineData("@IMPORT /* why */ \"a.css\"  ;", null)]
    public void Extract_Import_IsAStylesheetWithItsMedia(string css, string? media)
    {
        var reference = Assert.Single(CssReferenceExtractor.Extract(css).References);

        Assert.Equal("a.css", reference.Url);
        Assert.Equal(ResourceType.Stylesheet, reference.Type);
        Assert.Equal("@import", reference.Origin);
        Assert.Equal(media, reference.Media);
        Assert.Equal("a.css", css.Substring(reference.Offset, reference.Length));
    }

    [Fact]
    public void Extract_ImageSet_EachCandidateIsAnImageWithItsResolution()
    {
        const string Css = """
            .hero { background-image: image-set("a.png" 1x, url(b.png) 2x, "c.avif" type("image/avif") 3x, 'd.png'); }
            .old { background-image: -webkit-image-set(url("e.png") 1x, url(f.png) 2dppx); }
            """;

        var references = CssReferenceExtractor.Extract(Css).References;

        Assert.Equal(
            [("a.png", "1x"), ("b.png", "2x"), ("c.avif", "3x"), ("d.png", null), ("e.png", "1x"), ("f.png", "2dppx")],
            references.Select(r => (r.Url, r.Descriptor)));
        Assert.All(references, r => Assert.Equal(ResourceType.Image, r.Type));
        Assert.Equal(["image-set()", "-webkit-image-set()"], references.Select(r => r.Origin).Distinct());
        Assert.All(references, r => Assert.Equal(r.Url, Css.Substring(r.Offset, r.Length)));
    }

    [Fact]
    public void Extract_FontFaceSources_AreFonts_AndLocalFontsAreNot()
    {
        const string Css = """
            @font-face {
              font-family: "Lato";
              src: local("Lato Regular"), local(Lato), url(a.woff2) format("woff2"), url("lato.svg#lato") format("svg");
            }
            .icon { background: url(icon.svg); }
            @media screen { @font-face { src: url(b.woff) } .x { background: url(x.png) } }
            """;

        var references = CssReferenceExtractor.Extract(Css).References;

        Assert.Equal(
            [("a.woff2", ResourceType.Font), ("lato.svg#lato", ResourceType.Font), ("icon.svg", ResourceType.Image),
             ("b.woff", ResourceType.Font), ("x.png", ResourceType.Image)],
            references.Select(r => (r.Url, r.Type)));
    }

    [Theory]
    [InlineData("a.woff2", ResourceType.Font)]
    [InlineData("a.woff", ResourceType.Font)]
    [InlineData("a.TTF", ResourceType.Font)]
    [InlineData("a.otf?v=3#x", ResourceType.Font)]
    [InlineData("print.css", ResourceType.Stylesheet)]
    [InlineData("a.png", ResourceType.Image)]
    [InlineData("a.svg#sprite", ResourceType.Image)]
    [InlineData("images.woff/a", ResourceType.Image)]
    [InlineData("noextension", ResourceType.Image)]
    public void Extract_UrlOutsideFontFace_TypeFollowsTheExtension(string url, ResourceType type)
    {
        var reference = Assert.Single(CssReferenceExtractor.Extract($".a {{ background: url({url}); }}").References);

        Assert.Equal(type, reference.Type);
    }

    [Theory]
    [InlineData("a{background:url(data:image/png;base64,iVBORw0KGgo=)}")]
    [InlineData("a{background:url(\"DATA:image/svg+xml,%3Csvg%3E\")}")]
    [InlineData("a{filter:url(#blur)}")]
    [InlineData("a{background:url()}")]
    [InlineData("a{background:url('')}")]
    [InlineData("a{background:url(  )}")]
    [InlineData("a{background:url(a b.png)}")]
    [InlineData("a{background:url(a\"b.png)}")]
    [InlineData("@namespace svg url(http://www.w3.org/2000/svg);")]
    [InlineData("@namespace url(http://www.w3.org/1999/xhtml);")]
    public void Extract_InlineLocalAndBadUrls_AreSkipped(string css)
    {
        Assert.Empty(CssReferenceExtractor.Extract(css).References);
    }

    [Fact]
    public void Extract_AfterABadUrl_ScanningGoesOn()
    {
        var urls = CssReferenceExtractor.Extract("a{background:url(a b.png)} b{background:url(ok.png)}").References.Select(r => r.Url);

        Assert.Equal(["ok.png"], urls);
    }

    [Fact]
    public void Extract_ReferenceOnLine3_HasItsLineAndColumn()
    {
        const string Css = "/* one */\r\n.two {}\r\n.three { background: url(\"three.png\"); }\n";

        var reference = Assert.Single(CssReferenceExtractor.Extract(Css).References);

        Assert.Equal((3, 27), (reference.Line, reference.Column));
    }

    [Fact]
    public void Extract_References_AreInDocumentOrder()
    {
        const string Css = "@import 'a.css';\n@font-face{src:url(b.woff2)}\n.c{background:url(c.png)}\n.d{background:image-set('d.png' 1x)}";

        var urls = CssReferenceExtractor.Extract(Css).References.Select(r => r.Url);

        Assert.Equal(["a.css", "b.woff2", "c.png", "d.png"], urls);
        Assert.Null(CssReferenceExtractor.Extract(Css).BaseUrl);
    }

    [Theory]
    [InlineData("url(")]
    [InlineData("a{background:url(\"a.png")]
    [InlineData("a{background:url(a.png")]
    [InlineData("a{background:url(a.png\\")]
    [InlineData("/* unterminated")]
    [InlineData("@import")]
    [InlineData("@import url(")]
    [InlineData("a{background:image-set(\"a.png\" 1x")]
    [InlineData("a{content:\"unterminated")]
    [InlineData("\\")]
    [InlineData("@font-face{src:url(a.woff2)")]
    [InlineData("}}}{{{")]
    public void Extract_TruncatedCss_DoesNotThrow(string css)
    {
        var references = CssReferenceExtractor.Extract(css).References;

        Assert.All(references, r => Assert.True(r.Offset + r.Length <= css.Length));
    }
}
