namespace SiteOptimizer.Crawling;

/// <summary>URL normalisation for the crawl: the same resource must get one key.</summary>
internal static class UrlKey
{
    /// <summary>Resolves <paramref name="written"/> against <paramref name="baseUrl"/>; null when it is not an http(s) URL.</summary>
    public static Uri? Resolve(Uri baseUrl, string written)
    {
        if (!Uri.TryCreate(baseUrl, written.Trim(), out var resolved) || resolved.Scheme is not ("http" or "https"))
        {
            return null;
        }
        return WithoutFragment(resolved);
    }

    public static Uri WithoutFragment(Uri url) =>
        url.Fragment.Length == 0 ? url : new UriBuilder(url) { Fragment = "" }.Uri;

    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    public static string Origin(Uri url) => url.GetLeftPart(UriPartial.Authority);
}
