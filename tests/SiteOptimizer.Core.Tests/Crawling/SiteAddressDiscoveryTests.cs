using SiteOptimizer.Crawling;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Crawling;

/// <summary>The production address a built folder declares: canonical link, else og:url, else sitemap.xml.</summary>
public sealed class SiteAddressDiscoveryTests
{
    [Fact]
    public void InFolder_HomePageWithCanonicalAndOgUrl_TakesTheCanonical()
    {
        using var site = new TempDirectory();
        File.WriteAllText(site.Combine("index.html"), """<!doctype html><head><meta property="og:url" content="https://og.example.test/"><link rel="canonical" href="https://blog.example.test/"></head>""");

        Assert.Equal((new Uri("https://blog.example.test/"), "index.html", "canonical link"), SiteAddressDiscovery.InFolder(site.Path));
    }

    [Fact]
    public void InFolder_OgUrlOnly_TakesIt()
    {
        using var site = new TempDirectory();
        File.WriteAllText(site.Combine("index.html"), """<!doctype html><head><meta property="og:url" content="https://og.example.test/home/"></head>""");

        Assert.Equal((new Uri("https://og.example.test/home/"), "index.html", "og:url"), SiteAddressDiscovery.InFolder(site.Path));
    }

    [Fact]
    public void InFolder_RelativeCanonicalAndASitemap_TakesTheSitemapsFirstUrl()
    {
        using var site = new TempDirectory();
        File.WriteAllText(site.Combine("index.html"), """<!doctype html><head><link rel="canonical" href="/"></head>""");
        File.WriteAllText(site.Combine("sitemap.xml"), """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.example.test/about/</loc></url></urlset>""");

        Assert.Equal((new Uri("https://www.example.test/about/"), "sitemap.xml", "first URL"), SiteAddressDiscovery.InFolder(site.Path));
    }

    [Fact]
    public void InFolder_NothingDeclared_IsNull()
    {
        using var site = new TempDirectory();
        File.WriteAllText(site.Combine("index.html"), "<!doctype html><title>Home</title>");

        Assert.Null(SiteAddressDiscovery.InFolder(site.Path));
    }
}
