namespace SiteOptimizer.Estimation;

/// <summary>
/// How much of a page's LCP saving each kind of change brought, found by simulating the optimized
/// page with that one kind reverted. Values are in ms and may be negative (a change that cost time).
/// </summary>
/// <param name="ImagesMs">Recompressed images, modern formats and responsive widths.</param>
/// <param name="MinificationMs">Minified and precompressed text assets.</param>
/// <param name="HintsMs">Preloads, <c>fetchpriority</c> and other resource hints.</param>
/// <param name="LazyLoadingMs">Lazy loading of below-the-fold images.</param>
public sealed record SavingsAttribution(double ImagesMs, double MinificationMs, double HintsMs, double LazyLoadingMs);
