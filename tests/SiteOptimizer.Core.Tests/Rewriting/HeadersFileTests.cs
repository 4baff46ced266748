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

    // A Link header needs a URL, and a browser that ignores imagesrcset would fetch it: a second file.
    [Fact]
    public void Render_ResponsiveImagePreloadWithoutHref_IsLeftOut()
    {
        const string page = """
            <!doctype html><html><head>
            <link rel="preload" as="image" imagesrcset="a-640w.avif 640w, a.avif 1600w" imagesizes="100vw" type="image/avif" fetchpriority="high">
            <link rel="preload" href="b.css" as="style">
            </head><body></body></html>
            """;

        var text = HeadersFile.Render(null, [("index.html", page)]);

        Assert.DoesNotContain("a.avif", text, StringComparison.Ordinal);
        Assert.Contains("Link: </b.css>; rel=preload; as=style", text, StringComparison.Ordinal);
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
