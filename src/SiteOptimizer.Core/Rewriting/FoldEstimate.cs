using AngleSharp.Dom;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Guesses which images are above the fold from document order alone: images in the page
/// header are; in the content, the first few that are not icons are (hints.aboveTheFoldImages);
/// images in the footer and all later ones are not. The first above-the-fold content image is
/// the likely LCP element, unless an image on an earlier element is: a CSS background (a hero)
/// or one a script inserts.
/// </summary>
internal static class FoldEstimate
{
    /// <param name="document">The page.</param>
    /// <param name="entryOf">The catalog entry of an image element's file, or null for images not ours.</param>
    /// <param name="aboveTheFold">How many content images count as above the fold.</param>
    /// <param name="lcpBeforeImages">An image before the first content image (a CSS background, a script's) is the LCP element.</param>
    public static Dictionary<IElement, ImagePlacement> Place(
        IDocument document, Func<IElement, CatalogEntry?> entryOf, int aboveTheFold, bool lcpBeforeImages)
    {
        var placements = new Dictionary<IElement, ImagePlacement>();
        var counted = 0;
        var lcpTaken = lcpBeforeImages;
        foreach (var image in document.QuerySelectorAll("img"))
        {
            if (entryOf(image) is not { } entry)
            {
                continue;
            }
            if (DocumentOrder.InPageHeader(image))
            {
                placements[image] = ImagePlacement.AboveFold;
                continue;
            }
            if (image.Closest("footer") is not null || counted >= aboveTheFold)
            {
                placements[image] = ImagePlacement.BelowFold;
                continue;
            }
            if (entry.IsIcon)
            {
                placements[image] = ImagePlacement.AboveFold;
                continue;
            }
            counted++;
            placements[image] = lcpTaken ? ImagePlacement.AboveFold : ImagePlacement.Lcp;
            lcpTaken = true;
        }
        return placements;
    }
}
