namespace SiteOptimizer.Discovery;

/// <summary>Guesses what a URL names from its file extension, for places that do not say (a bare <c>url()</c>).</summary>
internal static class ResourceTypeByExtension
{
    public static ResourceType Guess(string url, ResourceType fallback)
    {
        var path = url.AsSpan();
        var end = path.IndexOfAny('?', '#');
        if (end >= 0)
        {
            path = path[..end];
        }
        var dot = path.LastIndexOf('.');
        if (dot < 0 || path[dot..].Contains('/'))
        {
            return fallback;
        }
        return path[(dot + 1)..].ToString().ToLowerInvariant() switch
        {
            "woff2" or "woff" or "ttf" or "otf" or "eot" => ResourceType.Font,
            "css" => ResourceType.Stylesheet,
            _ => fallback,
        };
    }
}
