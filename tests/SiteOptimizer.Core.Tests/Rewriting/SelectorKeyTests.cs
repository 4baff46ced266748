using AngleSharp.Html.Parser;
using SiteOptimizer.Estimation.Layout;
using SiteOptimizer.Rewriting.Css;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Rewriting;

public sealed class SelectorKeyTests
{
    private const string Page = """
        <nav id=top><a class="button primary" href=/>home</a><a href=/a>a</a><span class=button>s</span></nav>
        <div class=x><p id=hero class=lead>text</p><img class=photo src=a.jpg></div>
        """;

    [Theory]
    [InlineData("nav a.button", "a.button.primary")]
    [InlineData("#hero", "#hero")]
    [InlineData(".button.primary", "a.button.primary")]
    [InlineData("div > p.lead:first-child", "#hero")]
    [InlineData("a:not(.button)", "a")]
    [InlineData("IMG.photo", "img.photo")]
    public void Of_AdmitsOnlyElementsWithTheRequiredTypeIdAndClasses(string selector, string admitted)
    {
        using var document = new HtmlParser().ParseDocument(Page);
        var key = SelectorKey.Of(selector);

        var admits = document.All.Where(key.Admits).ToList();

        Assert.Equal(document.QuerySelectorAll(admitted), admits);
    }

    [Theory]
    [InlineData("[data-x] .y")]
    [InlineData(":is(.a, .b)")]
    [InlineData(".a\\:b")]
    [InlineData("svg|rect")]
    [InlineData("& .child")]
    public void Of_SelectorBeyondAQuickReading_AdmitsEveryElement(string selector)
    {
        using var document = new HtmlParser().ParseDocument(Page);

        Assert.All(document.All, element => Assert.True(SelectorKey.Of(selector).Admits(element)));
    }

    [Fact]
    public void Of_EverySampleSiteSelector_AdmitsEveryElementItMatches()
    {
        var css = Directory.GetFiles(TestPaths.SampleSite, "*.css", SearchOption.AllDirectories).Select(File.ReadAllText);
        var selectors = css.SelectMany(text => SiteOptimizer.Rewriting.Css.CssStylesheet.Parse(text).Rules)
            .SelectMany(rule => CssLength.Split(rule.Selector))
            .Where(part => !part.Contains("::", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.NotEmpty(selectors);

        foreach (var page in Directory.GetFiles(TestPaths.SampleSite, "*.html", SearchOption.AllDirectories))
        {
            using var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            foreach (var selector in selectors)
            {
                var key = SelectorKey.Of(selector);
                Assert.All(document.QuerySelectorAll(selector), element => Assert.True(key.Admits(element), $"{selector} matches a {element.LocalName} it does not admit"));
            }
        }
    }
}
