namespace SiteOptimizer.Discovery;

/// <summary>How a browser finds out it needs a resource; this decides when it can start fetching it.</summary>
public enum DiscoveryKind
{
    /// <summary>The HTML parser (or preload scanner) meets it in the markup.</summary>
    HtmlParser,
    /// <summary>A stylesheet names it (<c>@import</c>, <c>url()</c>, <c>@font-face</c>); known once the CSS has arrived.</summary>
    Css,
    /// <summary>A script or module imports it; known once the script has arrived.</summary>
    Script,
    /// <summary>A <c>&lt;link rel=preload|modulepreload&gt;</c> or a <c>Link</c> header asks for it early.</summary>
    Preload,
    /// <summary>A hyperlink (<c>a[href]</c>, sitemap): not loaded with the page, but a page the crawler visits.</summary>
    Navigation,
}
