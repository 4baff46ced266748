using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// A CSS background image on an element that comes before the page's first content image: a
/// hero banner, the likely LCP element, which the browser discovers late (after the CSS).
/// </summary>
/// <param name="Element">The element the background is on.</param>
/// <param name="Image">The background image.</param>
internal sealed record BackgroundHero(IElement Element, CatalogEntry Image)
{
    public static BackgroundHero? Find(IDocument document, string pagePath, PageStyles styles, ImageCatalog catalog)
    {
        var firstImage = DocumentOrder.FirstContentImage(document, pagePath, catalog);
        BackgroundHero? earliest = null;
        ElementIndex? elements = null; // made for the first rule with an image of ours
        foreach (var (sheet, rule) in styles.Sheets.SelectMany(s => s.Sheet.Rules.Where(r => r.Media is null).Select(r => (s, r))))
        {
            // The first image a background declaration names that is ours: with image-set() added
            // by an earlier run, that is still the original, named in the fallback declaration.
            var image = rule.Declarations
                .Where(d => d.Property is "background-image" or "background")
                .SelectMany(d => CssReferenceExtractor.Extract(d.Value).References)
                .Select(r => catalog.Find(SitePaths.Resolve(sheet.Path, r.Url)))
                .FirstOrDefault(e => e is not null);
            if (image is null || image.IsIcon)
            {
                continue;
            }
            elements ??= new ElementIndex(document.QuerySelectorAll("body *"));
            var element = elements.Candidates(rule.Selector).FirstOrDefault(e => PageStyles.Matches(e, rule.Selector));
            if (element is null || element.Closest("footer") is not null || (firstImage is not null && DocumentOrder.Follows(element, firstImage)))
            {
                continue;
            }
            if (earliest is null || DocumentOrder.Follows(earliest.Element, element))
            {
                earliest = new BackgroundHero(element, image);
            }
        }
        return earliest;
    }
}
