using AngleSharp.Html.Parser;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Tests.Rewriting;

public sealed class LateDiscoveryTests
{
    [Theory]
    [InlineData(10_000, false)]
    [InlineData(15_000, true)]
    public void IsLate_ImageAfterMuchMarkup_IsLateBeyondTheFirstRoundTrip(int textLength, bool late)
    {
        var text = string.Concat(Enumerable.Repeat("<p>" + new string('x', 96) + "</p>\n", textLength / 100));

        Assert.Equal(late, IsLate($"<!doctype html><head><title>t</title></head><body>{text}<img src=a.jpg></body>"));
    }

    [Theory]
    [InlineData("<link rel=stylesheet href=a.css><link rel=stylesheet href=b.css><script src=c.js></script>", true)]
    [InlineData("<link rel=stylesheet href=a.css><link rel=stylesheet href=b.css><script src=c.js defer></script>", false)]
    [InlineData("<link rel=stylesheet href=a.css><link rel=stylesheet href=b.css media=print><script src=c.js async></script>", false)]
    [InlineData("<link rel=stylesheet href=a.css><script src=b.js></script><script src=c.js></script>", true)]
    public void IsLate_ImageBehindBlockingResources_IsLateFromThreeOn(string head, bool late)
    {
        Assert.Equal(late, IsLate($"<!doctype html><head>{head}</head><body><h1>t</h1><img src=a.jpg></body>"));
    }

    [Fact]
    public void IsLate_MarkupSiteoptAdds_IsNotCounted()
    {
        var sources = string.Concat(Enumerable.Repeat("<picture><source type=image/avif srcset=\"" + new string('s', 400) + "\"><img src=b.jpg></picture>", 40));

        Assert.False(IsLate($"<!doctype html><head></head><body>{sources}<img src=a.jpg></body>"));
    }

    private static bool IsLate(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var image = document.QuerySelectorAll("img[src='a.jpg']").Single();
        return LateDiscovery.IsLate(image, PageStyles.Of(document, "index.html", _ => null));
    }
}
