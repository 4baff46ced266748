using SiteOptimizer.Minification;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Minification;

public sealed class HtmlMinifierTests
{
    private static readonly GoldenFiles s_golden = new("Minification");

    private static readonly HtmlMinifier s_minifier = new(new MinifyOptions(), EsbuildMinifier.Default);

    public static TheoryData<string> Cases => new()
    {
        "pre-textarea", "inline-spaces", "comments", "inline-code", "attributes-entities", "bom-utf8", "head-noscript",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Minify_Case_MatchesItsGoldenFile(string testCase)
    {
        var input = s_golden.Read(testCase, "input.html");

        var result = (await s_minifier.MinifyAsync([new HtmlPage(testCase + ".html", input)], CancellationToken.None))[0];

        s_golden.AssertMatches(testCase, result.Minified ?? input);
    }

    [Fact]
    public async Task Minify_InlineScriptEsbuildRejects_IsKeptWithItsLineInThePage()
    {
        var input = s_golden.Read("inline-code", "input.html");

        var problems = (await s_minifier.MinifyAsync([new HtmlPage("inline-code.html", input)], CancellationToken.None))[0].Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("inline <script> kept as is: esbuild: 2:16: Unexpected \";\"", problem.Problem);
        Assert.Equal((43, 16), (problem.Line, problem.Column));
    }

    [Fact]
    public async Task Minify_WithoutInlineCode_LeavesScriptsAndStylesAsTheyAre()
    {
        var minifier = new HtmlMinifier(new MinifyOptions { InlineCode = false }, EsbuildMinifier.Default);
        const string html = "<html>\n<head>\n<style>\n  .a  {  color: red  }\n</style>\n<script>\n  var  a  =  1;\n</script>\n</head>\n<body>\n<p>  x  </p>\n</body>\n</html>";

        var result = (await minifier.MinifyAsync([new HtmlPage("page.html", html)], CancellationToken.None))[0];

        Assert.Equal("<html><head><style>\n  .a  {  color: red  }\n</style><script>\n  var  a  =  1;\n</script></head><body>\n<p> x </p>\n</body></html>", result.Minified);
    }

    [Fact]
    public async Task Minify_ManyPages_KeepsOrderAndMinifiesEachPagesInlineCode()
    {
        var pages = Enumerable.Range(0, 5)
            .Select(i => new HtmlPage($"p{i}.html", $"<!DOCTYPE html>\n<html>\n<head>\n  <title>{i}</title>\n  <script>\n    var   page{i}   =   {i} + 1;\n  </script>\n</head>\n<body>\n  <p>  page  {i}  </p>\n</body>\n</html>\n"))
            .ToArray();

        var results = await s_minifier.MinifyAsync(pages, CancellationToken.None);

        Assert.Equal(pages.Select(p => p.Name), results.Select(r => r.Name));
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal($"<!DOCTYPE html><html><head><title>{i}</title><script>var page{i}={i + 1};</script></head><body>\n<p> page {i} </p>\n</body></html>", results[i].Minified);
        }
    }

    [Fact]
    public async Task Minify_NothingToGain_KeepsTheOriginal()
    {
        var result = (await s_minifier.MinifyAsync([new HtmlPage("min.html", "<html><head></head><body>x</body></html>")], CancellationToken.None))[0];

        Assert.Null(result.Minified);
    }
}
