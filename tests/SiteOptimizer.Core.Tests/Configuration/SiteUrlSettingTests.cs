using SiteOptimizer.Configuration;

namespace SiteOptimizer.Tests.Configuration;

/// <summary>siteUrl in optimizer.json: an absolute http(s) URL, or an error at the value.</summary>
public sealed class SiteUrlSettingTests
{
    [Theory]
    [InlineData("https://blog.example.com/")]
    [InlineData("http://localhost:1313")]
    [InlineData("https://example.com/blog/")]
    public void Parse_AbsoluteHttpUrl_IsTheSiteUrl(string url)
    {
        var options = OptimizerConfig.Parse($$"""{ "siteUrl": "{{url}}" }""", "optimizer.json");

        Assert.Equal(url, options.SiteUrl);
    }

    [Theory]
    [InlineData("blog.example.com")]
    [InlineData("/blog/")]
    [InlineData("ftp://example.com/")]
    public void Parse_AnythingElse_IsAnErrorNamingTheSetting(string url)
    {
        var error = Assert.Throws<ConfigException>(() => OptimizerConfig.Parse($$"""{ "siteUrl": "{{url}}" }""", "optimizer.json"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("siteUrl must be an absolute http(s) URL, such as https://blog.example.com/", diagnostic.Message);
    }
}
