using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Tests.Rewriting;

/// <summary>Which images get AVIF and WebP written: every background layer of ours, wherever the page sets it.</summary>
public sealed class VariantPlanTests
{
    [Fact]
    public void Build_BackgroundsInStyleAttributesStyleBlocksAndLayers_PlansOtherFormatsForEach()
    {
        const string page = """
            <html><head><style>.a { background: linear-gradient(red, blue), url(img/block.jpg) center }</style></head>
            <body><header style="background-image: url('img/inline.jpg')"></header><div style="background: url(img/icon.png)"></div></body></html>
            """;
        const string css = """.b { background: url("../img/shorthand.jpg") no-repeat; } .c { background-image: url(../img/one.jpg), url(../img/two.jpg) }""";

        var plan = VariantPlan.Build([("index.html", page)], [("css/site.css", css)], Probe, new ImageOptions(), new HintsOptions());

        Assert.Equal(["img/block.jpg", "img/inline.jpg", "img/one.jpg", "img/shorthand.jpg", "img/two.jpg"], plan.Keys.Order(StringComparer.Ordinal));
        Assert.All(plan.Values, v => Assert.True(v.OtherFormats));
    }

    [Fact]
    public void Build_ImageSetDisabled_PlansNoBackground()
    {
        const string page = """<html><body><header style="background-image: url('img/inline.jpg')"></header></body></html>""";

        var plan = VariantPlan.Build([("index.html", page)], [], Probe, new ImageOptions(), new HintsOptions { CssImageSet = false });

        Assert.Empty(plan);
    }

    private static ProbedImage? Probe(string path) => path.EndsWith(".png", StringComparison.Ordinal)
        ? new ProbedImage(ImageFormat.Png, 32, 32, false)
        : new ProbedImage(ImageFormat.Jpeg, 1600, 1000, false);
}
