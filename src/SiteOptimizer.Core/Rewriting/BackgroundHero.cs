using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// A CSS background image on an element that comes before the page's first content image: a
/// hero banner, the likely LCP element, which the browser discovers late (after the CSS). The
/// background may be set by a stylesheet rule or by the element's own <c>style</c> attribute, in
/// any layer of a <c>background</c> or <c>background-image</c>. A background behind the whole page
/// (on <c>&lt;body&gt;</c>, or on a wrapper that holds all of the body's content or the footer
/// too) is not a hero: it fills the viewport, and Chromium does not count an image that fills
/// the viewport as the LCP.
/// </summary>
/// <param name="Element">The element the background is on.</param>
/// <param name="Image">The background image.</param>
internal sealed record BackgroundHero(IElement Element, CatalogEntry Image)
{
    public static BackgroundHero? Find(IDocument document, string pagePath, PageStyles styles, ImageCatalog catalog)
    {
        var firstImage = DocumentOrder.FirstContentImage(document, pagePath, catalog);
        BackgroundHero? earliest = null;
        foreach (var candidate in Candidates(document, pagePath, styles, catalog))
        {
            var element = candidate.Element;
            if (candidate.Image.IsIcon || element.Closest("footer") is not null || IsPageBackground(element)
                || (firstImage is not null && DocumentOrder.Follows(element, firstImage)))
            {
                continue;
            }
            if (earliest is null || DocumentOrder.Follows(earliest.Element, element))
            {
                earliest = candidate;
            }
        }
        return earliest;
    }

    private static IEnumerable<BackgroundHero> Candidates(IDocument document, string pagePath, PageStyles styles, ImageCatalog catalog)
    {
        ElementIndex? elements = null; // made for the first rule with an image of ours
        foreach (var (sheet, rule) in styles.Sheets.SelectMany(s => s.Sheet.Rules.Where(r => r.Media is null).Select(r => (s, r))))
        {
            if (FirstImage(sheet.Path, rule, catalog) is not { } image)
            {
                continue;
            }
            elements ??= new ElementIndex(document.QuerySelectorAll("body *"));
            if (elements.Candidates(rule.Selector).FirstOrDefault(e => PageStyles.Matches(e, rule.Selector)) is { } element)
            {
                yield return new BackgroundHero(element, image);
            }
        }
        foreach (var element in document.QuerySelectorAll("body [style]"))
        {
            var inline = CssStylesheet.Parse("x{" + element.GetAttribute("style") + "}").Rules;
            if (inline is [var rule] && FirstImage(pagePath, rule, catalog) is { } image)
            {
                yield return new BackgroundHero(element, image);
            }
        }
    }

    // The first image a background declaration names that is ours: with image-set() added by an
    // earlier run, that is still the original, named in the fallback declaration.
    private static CatalogEntry? FirstImage(string basePath, CssStyleRule rule, ImageCatalog catalog) => rule.Declarations
        .Where(d => d.Property is "background-image" or "background")
        .SelectMany(d => CssReferenceExtractor.Extract(d.Value).References)
        .Select(r => catalog.Find(SitePaths.Resolve(basePath, r.Url)))
        .FirstOrDefault(e => e is not null);

    private static readonly string[] s_unrendered = ["script", "noscript", "template", "style", "link", "meta"];

    private static bool IsPageBackground(IElement element) =>
        element.LocalName is "body" or "html" || element.QuerySelector("footer") is not null
        || element.Owner?.Body is { } body && body.Children.Where(c => !s_unrendered.Contains(c.LocalName)).All(c => c == element || element.Contains(c));
}
