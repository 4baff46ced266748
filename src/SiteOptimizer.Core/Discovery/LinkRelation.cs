namespace SiteOptimizer.Discovery;

/// <summary>Decides from <c>rel</c> (and <c>as</c>) whether a <c>&lt;link&gt;</c> names a resource, and which.</summary>
internal static class LinkRelation
{
    private static readonly string[] s_iconRelations = ["icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon"];

    /// <summary>
    /// Null for links that fetch nothing for the page (<c>preconnect</c>, <c>dns-prefetch</c>,
    /// <c>canonical</c>, <c>alternate</c>, …). A <c>prefetch</c> is for a later navigation: it is
    /// fetched at idle priority and never delays this page, so like a hyperlink it is
    /// <see cref="DiscoveryKind.Navigation"/>: the crawler fetches it, the estimator leaves it out.
    /// </summary>
    public static LinkResource? Classify(string? rel, string? preloadAs)
    {
        var relations = (rel ?? "").ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (relations.Contains("stylesheet"))
        {
            return new LinkResource(ResourceType.Stylesheet, DiscoveryKind.HtmlParser, IsStylesheet: true);
        }
        if (relations.Contains("modulepreload"))
        {
            return new LinkResource(ResourceType.Module, DiscoveryKind.Preload, IsStylesheet: false);
        }
        if (relations.Contains("preload"))
        {
            return new LinkResource(TypeOfDestination(preloadAs), DiscoveryKind.Preload, IsStylesheet: false);
        }
        if (relations.Contains("prefetch"))
        {
            return new LinkResource(TypeOfDestination(preloadAs), DiscoveryKind.Navigation, IsStylesheet: false);
        }
        if (relations.Any(s_iconRelations.Contains))
        {
            return new LinkResource(ResourceType.Icon, DiscoveryKind.HtmlParser, IsStylesheet: false);
        }
        if (relations.Contains("manifest"))
        {
            return new LinkResource(ResourceType.Manifest, DiscoveryKind.HtmlParser, IsStylesheet: false);
        }
        return null;
    }

    /// <summary>The resource type of a request destination (the <c>as</c> of a preload).</summary>
    public static ResourceType TypeOfDestination(string? destination) => destination?.Trim().ToLowerInvariant() switch
    {
        "image" => ResourceType.Image,
        "style" => ResourceType.Stylesheet,
        "script" or "worker" or "sharedworker" or "serviceworker" => ResourceType.Script,
        "font" => ResourceType.Font,
        "audio" or "video" => ResourceType.Media,
        "document" or "iframe" => ResourceType.Document,
        "manifest" => ResourceType.Manifest,
        _ => ResourceType.Other,
    };
}
