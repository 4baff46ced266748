namespace SiteOptimizer.Rewriting;

/// <summary>Where an image is on the page, as estimated without a browser.</summary>
internal enum ImagePlacement
{
    /// <summary>Below the fold: lazy-loaded.</summary>
    BelowFold,
    /// <summary>Visible when the page opens: loaded at once.</summary>
    AboveFold,
    /// <summary>The likely Largest Contentful Paint element: loaded at once, with high priority.</summary>
    Lcp,
}
