namespace SiteOptimizer.Discovery;

/// <summary>
/// Finds the URLs a stylesheet names: <c>@import</c>, <c>url()</c>, <c>image-set()</c> and
/// <c>@font-face</c> sources. A small scanner that only reads the text (author CSS is never
/// re-serialized), so each reference keeps its exact span for rewriting. Stateless and thread-safe.
/// </summary>
internal static class CssReferenceExtractor
{
    public static ExtractedReferences Extract(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        return new ExtractedReferences(null, new CssScanner(css).Scan());
    }
}
