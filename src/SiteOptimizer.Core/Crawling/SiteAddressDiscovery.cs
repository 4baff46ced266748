using AngleSharp.Html.Parser;

namespace SiteOptimizer.Crawling;

/// <summary>
/// The production address a built site folder declares for itself, as generators write it from
/// their <c>baseURL</c>: the home page's canonical link, else its <c>og:url</c>, else the first
/// URL of <c>sitemap.xml</c>.
/// </summary>
internal static class SiteAddressDiscovery
{
    /// <summary>The address, the file it was read from and what in it said so; null when the folder declares none.</summary>
    public static (Uri Address, string File, string What)? InFolder(string folder)
    {
        var home = Path.Combine(folder, "index.html");
        if (File.Exists(home))
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
            using var document = parser.ParseDocument(TextDecoding.Decode(File.ReadAllBytes(home)));
            if (Absolute(document.QuerySelector("link[rel~=canonical i][href]")?.GetAttribute("href")) is { } canonical)
            {
                return (canonical, "index.html", "canonical link");
            }
            if (Absolute(document.QuerySelector("meta[property='og:url' i][content]")?.GetAttribute("content")) is { } og)
            {
                return (og, "index.html", "og:url");
            }
        }
        var sitemap = Path.Combine(folder, "sitemap.xml");
        if (File.Exists(sitemap) && SitemapReader.Read(File.ReadAllBytes(sitemap)).Urls.Select(Absolute).OfType<Uri>().FirstOrDefault() is { } listed)
        {
            return (listed, "sitemap.xml", "first URL");
        }
        return null;
    }

    private static Uri? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute : null;
}
