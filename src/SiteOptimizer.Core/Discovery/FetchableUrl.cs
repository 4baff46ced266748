namespace SiteOptimizer.Discovery;

/// <summary>Which URLs name something a browser would fetch over the network.</summary>
internal static class FetchableUrl
{
    // Schemes that never cause a request: the data is inline, local to the page, or handed to another app.
    private static readonly string[] s_localSchemes = ["javascript:", "data:", "mailto:", "tel:", "about:", "blob:"];

    /// <summary>HTML trims attribute URLs of ASCII whitespace only (not, say, U+00A0).</summary>
    public static string TrimAsciiWhitespace(string value) => value.Trim(' ', '\t', '\n', '\f', '\r');

    /// <summary>False for empty, fragment-only and local-scheme URLs; expects a trimmed URL.</summary>
    public static bool IsFetchable(string url)
    {
        if (url.Length == 0 || url[0] == '#')
        {
            return false;
        }
        foreach (var scheme in s_localSchemes)
        {
            if (url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
