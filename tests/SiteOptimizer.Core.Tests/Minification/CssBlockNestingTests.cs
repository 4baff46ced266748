using SiteOptimizer.Minification;

namespace SiteOptimizer.Tests.Minification;

public sealed class CssBlockNestingTests
{
    [Theory]
    [InlineData("a { color: red }", 1)]
    [InlineData("@media (min-width: 40em) { .card { &:hover { color: red } } }", 3)]
    [InlineData("/* { { { */ a { content: \"{{{\"; background: url('x{.png') }", 1)]
    [InlineData("a { content: '\\'{' } b { content: \"a\\\"{\" }", 1)]
    [InlineData("a\\{ { x: y }", 1)]
    [InlineData("}}} a { } {", 1)]
    public void Depth_CountsBlocksOutsideCommentsAndStrings(string css, int expected) =>
        Assert.Equal(expected, CssBlockNesting.Depth(css));

    [Fact]
    public void Refusal_StylesheetDeeperThanTheLimit_SaysHowDeep()
    {
        var deep = new string('{', CssBlockNesting.MaxDepth + 1);

        Assert.Equal("blocks nested 1,001 deep (more than 1,000): not minified", CssBlockNesting.Refusal(deep));
        Assert.Null(CssBlockNesting.Refusal(new string('{', CssBlockNesting.MaxDepth)));
    }
}
