using AngleSharp.Dom;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Rewriting;

/// <summary>Where elements stand on a page, in document order: what the fold estimate goes by.</summary>
internal static class DocumentOrder
{
    /// <summary>Whether <paramref name="element"/> comes after <paramref name="other"/> in document order.</summary>
    public static bool Follows(IElement element, IElement other) =>
        other.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);

    /// <summary>In the page's own header (not an article's or a section's).</summary>
    public static bool InPageHeader(IElement element) =>
        element.Closest("header") is { } header && header.Closest("main, article, section") is null;

    /// <summary>The page's first <c>&lt;img&gt;</c> outside any header that is one of ours and not an icon.</summary>
    public static IElement? FirstContentImage(IDocument document, string pagePath, ImageCatalog catalog) =>
        FirstContentImage(document, pagePath, catalog.Find);

    /// <summary>The same, with the site's images looked up by <paramref name="findImage"/> (site path to image, or null).</summary>
    public static IElement? FirstContentImage(IDocument document, string pagePath, Func<string?, CatalogEntry?> findImage) =>
        document.QuerySelectorAll("img[src]")
            .FirstOrDefault(i => i.Closest("header") is null && findImage(SitePaths.Resolve(pagePath, i.GetAttribute("src")!)) is { IsIcon: false });
}
