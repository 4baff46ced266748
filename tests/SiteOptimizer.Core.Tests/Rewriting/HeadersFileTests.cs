using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Tests.Rewriting;

public sealed class HeadersFileTests
{
    private const string Page = """
        <!doctype html><html><head>
        <link rel="preload" href="fonts/a.woff2" as="font" type="font/woff2" crossorigin>
        <link rel="modulepreload" href="../js/b.js">
        <link rel="stylesheet" href="c.css">
        </head><body></body></html>
        """;

    [Fact]
    public void Render_RepeatsEachPagesHintsAsLinkHeaders_ForTheFolderUrlOfAnIndexPageToo()
    {
        var text = HeadersFile.Render(null, [("blog/index.html", Page)]);

        Assert.Equal("""
            # siteopt: preload hints (generated; edits between these lines are replaced)
            /blog/index.html
              Link: </blog/fonts/a.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin
              Link: </js/b.js>; rel=modulepreload
            /blog/
              Link: </blog/fonts/a.woff2>; rel=preload; as=font; type="font/woff2"; crossorigin
              Link: </js/b.js>; rel=modulepreload
            # siteopt: end

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Render_KeepsTheAuthorsRulesAndReplacesItsOwnBlock()
    {
        const string authors = "/*\n  X-Frame-Options: DENY\n";

        var once = HeadersFile.Render(authors, [("a.html", Page)]);
        var twice = HeadersFile.Render(once, [("a.html", Page)]);

        Assert.StartsWith(authors, once, StringComparison.Ordinal);
        Assert.Equal(once, twice);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(twice, "siteopt: end"));
    }
}
