using SiteOptimizer.Discovery;

namespace SiteOptimizer.Graph;

/// <summary>A reference from one resource to another, and how a browser discovers it.</summary>
/// <param name="From">The referring page, stylesheet or module.</param>
/// <param name="To">The referenced URL, absolute, without fragment.</param>
/// <param name="Discovery">How the browser discovers it.</param>
/// <param name="Depth">Discovery depth from the page: 1 for what the HTML names, 2 for what that CSS or module names, …; 0 for navigation links.</param>
/// <param name="Line">Where the reference stands in <paramref name="From"/>.</param>
/// <param name="Column">Where the reference stands in <paramref name="From"/>.</param>
/// <param name="Element">The HTML element, or null.</param>
/// <param name="Origin">The attribute or CSS/JS construct.</param>
/// <param name="IsAsync">An async script or dynamic import.</param>
/// <param name="IsDeferred">A deferred or module script.</param>
/// <param name="IsLazy">A lazily loaded image or frame.</param>
/// <param name="IsRenderBlocking">Blocks the first paint.</param>
/// <param name="FetchPriority">The <c>fetchpriority</c> attribute, if any.</param>
public sealed record SiteEdge(
    string From,
    string To,
    DiscoveryKind Discovery,
    int Depth,
    int Line,
    int Column,
    string? Element,
    string? Origin,
    bool IsAsync,
    bool IsDeferred,
    bool IsLazy,
    bool IsRenderBlocking,
    string? FetchPriority);
