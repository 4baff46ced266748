using AngleSharp.Dom;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Offers AVIF and WebP for the background images a page sets itself, in <c>style</c> attributes
/// (<c>&lt;header style="background-image: url(bg.jpg)"&gt;</c>, a common hero) and in
/// <c>&lt;style&gt;</c> blocks, the same way <see cref="CssImageSetRewriter"/> does for stylesheets.
/// </summary>
internal static class InlineBackgrounds
{
    /// <summary>Rewrites them in place; returns the site paths of the images the page now offers in other formats.</summary>
    public static IReadOnlyList<string> Offer(IDocument document, string pagePath, ImageCatalog catalog)
    {
        var offered = new List<string>();
        foreach (var block in document.QuerySelectorAll("style"))
        {
            var (css, images) = CssImageSetRewriter.Rewrite(pagePath, block.TextContent, catalog);
            if (css is not null)
            {
                block.TextContent = css;
            }
            offered.AddRange(images);
        }
        foreach (var element in document.QuerySelectorAll("[style]"))
        {
            var (style, images) = CssImageSetRewriter.RewriteInline(pagePath, element.GetAttribute("style")!, catalog);
            if (style is not null)
            {
                element.SetAttribute("style", style);
            }
            offered.AddRange(images);
        }
        return offered;
    }
}
