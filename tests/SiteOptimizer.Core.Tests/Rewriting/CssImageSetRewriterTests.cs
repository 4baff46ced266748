using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Tests.Rewriting;

/// <summary>Backgrounds as real sites write them: shorthands, gradient layers, several URLs, vendor-prefixed fallbacks, style attributes.</summary>
public sealed class CssImageSetRewriterTests
{
    private const string HeroSet = """image-set(url("../images/hero.avif") type("image/avif"), url("../images/hero.webp") type("image/webp"), url("../images/hero.jpg") type("image/jpeg"))""";

    [Fact]
    public void Rewrite_ShorthandBehindGradient_AddsLonghandWithSameLayersAfterIt()
    {
        const string css = """.masthead { background: linear-gradient(90deg, rgba(0,0,0,.1) 0%, rgba(0,0,0,.4) 100%), url("../images/hero.jpg") no-repeat center; background-size: cover; }""";

        var (rewritten, images) = CssImageSetRewriter.Rewrite("css/style.css", css, Catalog());

        Assert.Equal(
            """.masthead { background: linear-gradient(90deg, rgba(0,0,0,.1) 0%, rgba(0,0,0,.4) 100%), url("../images/hero.jpg") no-repeat center;""" + "\n  "
            + $"""background-image: linear-gradient(90deg, rgba(0,0,0,.1) 0%, rgba(0,0,0,.4) 100%), {HeroSet}; background-size: cover; """ + "}",
            rewritten);
        Assert.Equal(["images/hero.jpg"], images);
    }

    [Fact]
    public void Rewrite_VendorPrefixedChain_GivesEveryDeclarationItsOwnCopy()
    {
        // A browser keeps the last declaration it can parse; each copy follows the one it replaces,
        // so the copy of the declaration it keeps is the one that wins.
        const string css = """
            #main > header {
              background-image: -webkit-linear-gradient(top, rgba(0,0,0,0.5), rgba(0,0,0,0.5)), url("../images/hero.jpg");
              background-image: linear-gradient(top, rgba(0,0,0,0.5), rgba(0,0,0,0.5)), url("../images/hero.jpg");
            }
            """;

        var (rewritten, _) = CssImageSetRewriter.Rewrite("css/style.css", css, Catalog());

        var lines = rewritten!.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Equal($"background-image: -webkit-linear-gradient(top, rgba(0,0,0,0.5), rgba(0,0,0,0.5)), {HeroSet};", lines[2]);
        Assert.Equal($"background-image: linear-gradient(top, rgba(0,0,0,0.5), rgba(0,0,0,0.5)), {HeroSet};", lines[4]);
    }

    [Fact]
    public void Rewrite_SeveralLayers_OffersEachImageOfOursAndKeepsTheOthers()
    {
        const string css = """.a { background: url("../images/photo.jpg") left top no-repeat, none, url(../images/icon.png), #123 url(https://cdn.example/x.jpg) !important }""";

        var (rewritten, images) = CssImageSetRewriter.Rewrite("css/style.css", css, Catalog());

        Assert.EndsWith(
            """background-image: image-set(url("../images/photo.avif") type("image/avif"), url("../images/photo.webp") type("image/webp"), url("../images/photo.jpg") type("image/jpeg")), none, url(../images/icon.png), url(https://cdn.example/x.jpg) !important }""",
            rewritten);
        Assert.Equal(["images/photo.jpg"], images);
    }

    [Fact]
    public void Rewrite_NoImageOfOurs_ChangesNothing()
    {
        const string css = ".a { background: linear-gradient(red, blue); } .b { background: url(../images/icon.png) } .c { background-image: url(missing.jpg) }";

        Assert.Null(CssImageSetRewriter.Rewrite("css/style.css", css, Catalog()).Css);
    }

    [Fact]
    public void Rewrite_ItsOwnOutput_ChangesNothingAndStillReportsTheImage()
    {
        const string css = ".hero { background: url(../images/hero.jpg) center / cover }";
        var once = CssImageSetRewriter.Rewrite("css/style.css", css, Catalog()).Css!;

        var (twice, images) = CssImageSetRewriter.Rewrite("css/style.css", once, Catalog());

        Assert.Null(twice);
        Assert.Equal(["images/hero.jpg"], images);
    }

    [Fact]
    public void RewriteInline_StyleAttribute_AddsSingleQuotedImageSetAfterTheDeclaration()
    {
        var (style, images) = CssImageSetRewriter.RewriteInline("index.html", "background-image: url('images/hero.jpg'); min-height: 60vh", Catalog());

        Assert.Equal(
            "background-image: url('images/hero.jpg'); background-image: image-set(url('images/hero.avif') type('image/avif'), url('images/hero.webp') type('image/webp'), url('images/hero.jpg') type('image/jpeg')); min-height: 60vh",
            style);
        Assert.Equal(["images/hero.jpg"], images);
    }

    private static ImageCatalog Catalog()
    {
        var catalog = new ImageCatalog();
        Add(catalog, "images/hero.jpg", new ProbedImage(ImageFormat.Jpeg, 1920, 1280, false));
        Add(catalog, "images/photo.jpg", new ProbedImage(ImageFormat.Jpeg, 1600, 1000, false));
        Add(catalog, "images/icon.png", new ProbedImage(ImageFormat.Png, 32, 32, false));
        return catalog;
    }

    private static void Add(ImageCatalog catalog, string path, ProbedImage probe)
    {
        var variants = new[] { ImageFormat.Avif, ImageFormat.WebP }.Select(f => new EncodedImage(f, [], probe.Width, probe.Height)).ToList();
        catalog.Add(path, probe, new ImageResult(path, probe.Format, 1, null, variants, 1, TimeSpan.Zero, null), v => VariantNames.For(path, v, probe.Width));
    }
}
