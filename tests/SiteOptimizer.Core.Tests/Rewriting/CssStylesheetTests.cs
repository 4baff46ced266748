using SiteOptimizer.Rewriting.Css;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Rewriting;

public sealed class CssStylesheetTests
{
    [Fact]
    public void Parse_SampleSite_FindsTheHeroBackgroundAndTheFontFaces()
    {
        var main = CssStylesheet.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleSite, "css", "main.css")));
        var baseCss = CssStylesheet.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleSite, "css", "base.css")));

        var hero = main.Rules.First(r => r.Selector == ".hero");
        Assert.Equal("url(../images/hero.jpg)", hero.Last("background-image")!.Value);
        Assert.Equal(["Lato", "Lato"], baseCss.FontFaces.Select(f => f.Family));
        Assert.Equal([700, 400], baseCss.FontFaces.Select(f => f.Weight));
        Assert.Equal("../fonts/lato-bold.woff2", baseCss.FontFaces[0].PreferredSource);
        Assert.Contains(main.Rules, r => r.Media is not null && r.Selector == ".hero");
    }

    [Fact]
    public void Parse_DeclarationSpans_CoverExactlyTheDeclaration()
    {
        const string css = "/* c { x } */ a, b > c { color : red ; background-image: url(\"x;y.png\") !important }\n@media (min-width: 40em) { .d { font: 700 1rem/1.2 \"My Font\" } }\n@keyframes k { from { top: 0 } }";

        var sheet = CssStylesheet.Parse(css);

        Assert.Equal(["a, b > c", ".d"], sheet.Rules.Select(r => r.Selector));
        var background = sheet.Rules[0].Last("background-image")!;
        Assert.Equal("url(\"x;y.png\")", background.Value);
        Assert.Equal("background-image: url(\"x;y.png\") !important", css[background.Start..background.End]);
        Assert.Equal("(min-width: 40em)", sheet.Rules[1].Media);
    }
}
