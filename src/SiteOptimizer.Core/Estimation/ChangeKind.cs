namespace SiteOptimizer.Estimation;

/// <summary>
/// A kind of change made to a page's own markup, which the estimate can price and the optimizer
/// can hold back on one page without touching any other (a recompressed image or a minified
/// stylesheet is shared between pages, so it is not one of these).
/// </summary>
public enum ChangeKind
{
    /// <summary>Preloads of anything but fonts, <c>modulepreload</c>, <c>preconnect</c>, and <c>fetchpriority=high</c> on the LCP image.</summary>
    ResourceHints,

    /// <summary>Preloads of the web fonts the text above the fold needs.</summary>
    FontPreloads,

    /// <summary><c>loading=lazy</c> on images below the fold.</summary>
    LazyLoading,
}
