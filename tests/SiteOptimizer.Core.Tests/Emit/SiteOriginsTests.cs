using SiteOptimizer.Emit;
using SiteOptimizer.Estimation;
using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Emit;

/// <summary>Absolute URLs to the site's own addresses name its files, wherever a written URL is turned into one.</summary>
public sealed class SiteOriginsTests
{
    private static readonly SiteOrigins s_blog = new([new Uri("https://blog.example.test/")]);

    [Theory]
    [InlineData("https://blog.example.test/css/site.css", "css/site.css")]
    [InlineData("http://BLOG.example.test/css/site.css", "css/site.css")]
    [InlineData("https://blog.example.test/", "index.html")]
    [InlineData("//blog.example.test/posts/a/", "posts/a/index.html")]
    [InlineData("https://blog.example.test:8443/css/site.css", null)]
    [InlineData("https://cdn.example.test/css/site.css", null)]
    public void Resolve_WithTheSitesAddress_NamesTheFileOfItsPath(string url, string? expected)
    {
        using var scope = SiteOrigins.Use(s_blog);

        Assert.Equal(expected, SitePaths.Resolve("posts/a/index.html", url));
    }

    [Fact]
    public void Resolve_WithoutAnAddress_TakesAbsoluteUrlsForAnotherSite()
    {
        Assert.Null(SitePaths.Resolve("index.html", "https://blog.example.test/css/site.css"));
    }

    [Fact]
    public void Use_WhenDisposed_RestoresTheEarlierSet()
    {
        using (SiteOrigins.Use(s_blog))
        {
            using (SiteOrigins.Use(SiteOrigins.None))
            {
                Assert.True(SiteOrigins.Current.IsEmpty);
            }
            Assert.Same(s_blog, SiteOrigins.Current);
        }
        Assert.True(SiteOrigins.Current.IsEmpty);
    }

    [Fact]
    public void Localize_AUrlAtTheSitesAddress_MovesToTheCrawledRoot()
    {
        var root = new Uri("http://site.invalid/");

        Assert.Equal(new Uri("http://site.invalid/css/site.css?v=2"), s_blog.Localize(new Uri("https://blog.example.test/css/site.css?v=2"), root));
        Assert.Equal(new Uri("https://cdn.example.test/a.css"), s_blog.Localize(new Uri("https://cdn.example.test/a.css"), root));
    }

    [Fact]
    public void PageModel_StylesheetAtTheSitesAddress_IsRequestedFromTheSite()
    {
        using var site = new TempDirectory();
        File.WriteAllText(site.Combine("site.css"), "body { margin: 0 }");
        File.WriteAllText(site.Combine("index.html"), "<!doctype html><head><link rel=stylesheet href=\"https://blog.example.test/site.css\"></head><body><p>Hi</p></body>");
        using var scope = SiteOrigins.Use(s_blog);

        var model = new PageModelBuilder(new SiteFiles(site.Path), NetworkProfiles.MobileSlow4G, ModelConstants.Default, new ModelOptions()).Build("index.html")!;

        Assert.Contains(model.Requests, r => r.Url == "site.css" && r.BlocksRender);
    }
}
