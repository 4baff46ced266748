using SiteOptimizer.Discovery;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Discovery;

public sealed class HtmlNestingTests
{
    [Theory]
    [InlineData("<!doctype html><html><head><title>t</title></head><body><div><p>x</p></div></body></html>", 1)]
    [InlineData("<div><section><article><span>x</span></article></section></div>", 4)]
    [InlineData("<ul><li>a<li>b<li>c</ul><p>one<p>two<p>three<table><tr><td>1<td>2<tr><td>3</table>", 1)]
    [InlineData("<div><img src=a.png><br><input><hr></div>", 1)]
    [InlineData("<div><svg><path d='M0 0'/><circle r=1 /></svg></div>", 2)]
    [InlineData("<script>document.write('<div><div><div>')</script><style>a>b{}</style><div></div>", 1)]
    [InlineData("<!-- <div><div><div> --><div title='a > b' data-x=\"<div>\"></div>", 1)]
    [InlineData("<div>1 < 2 and 3 <4</div>", 1)]
    public void Depth_CountsTheElementsThatMakeTheTreeDeeper(string html, int expected) =>
        Assert.Equal(expected, HtmlNesting.Depth(html));

    [Fact]
    public void Refusal_PageDeeperThanTheLimit_SaysHowDeep()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", HtmlNesting.MaxDepth + 1));

        Assert.Equal($"elements nested 4,097 deep (browsers build at most 512 levels; siteopt parses up to 4,096)", HtmlNesting.Refusal(html));
        Assert.Null(HtmlNesting.Refusal(string.Concat(Enumerable.Repeat("<span>", HtmlNesting.MaxDepth))));
    }

    [Fact]
    public void Refusal_StrayQuotesInTags_DoNotHideTheDepth()
    {
        // The tokenizer reads a quote as the start of a value only after "=": here each is part of a name.
        var html = string.Concat(Enumerable.Repeat("<div '>", HtmlNesting.MaxDepth + 1));

        Assert.NotNull(HtmlNesting.Refusal(html));
    }

    [Fact]
    public void Refusal_EverySamplePage_IsNull()
    {
        var pages = Directory.GetFiles(TestPaths.SampleSite, "*.html", SearchOption.AllDirectories);

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Null(HtmlNesting.Refusal(File.ReadAllText(page))));
    }
}
