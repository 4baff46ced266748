namespace SiteOptimizer.Rewriting;

/// <summary>A resource hint for a page's <c>&lt;head&gt;</c>.</summary>
/// <param name="Rel"><c>preload</c>, <c>modulepreload</c> or <c>preconnect</c>.</param>
/// <param name="Target">A site path, or an absolute URL for another origin. For a responsive image, its widest candidate.</param>
/// <param name="As">The <c>as</c> of a preload: <c>image</c>, <c>font</c>, <c>style</c>.</param>
/// <param name="Type">The media type, so browsers that cannot use it skip it.</param>
/// <param name="CrossOrigin">Fonts are always fetched in CORS mode; the preload must match.</param>
/// <param name="FetchPriority"><c>high</c> for the LCP image.</param>
internal sealed record Preload(string Rel, string Target, string? As = null, string? Type = null, bool CrossOrigin = false, string? FetchPriority = null)
{
    /// <summary>
    /// For an image with width variants: the <c>srcset</c> the page uses, as written in the page,
    /// so the browser preloads the very file it will pick. Such a preload has no <c>href</c>: a
    /// browser that does not know <c>imagesrcset</c> would fetch that instead, a second file.
    /// </summary>
    public string? ImageSrcset { get; init; }

    /// <summary>The <c>sizes</c> that goes with <see cref="ImageSrcset"/>.</summary>
    public string? ImageSizes { get; init; }
}
