using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// An image a script puts near the top of the page: the likely LCP element, which no preload
/// scanner can see, so the browser requests it only once the script has arrived and run.
/// Taken only where that is clear from the source: the script names the image as a literal
/// (given to <c>src</c>, <c>srcset</c>, <c>innerHTML</c>, a background, or kept in a constant by a
/// script that creates images), every element it looks up is in the page header or among the
/// first content (no content image and at most <see cref="MaxBlocksBefore"/> text blocks before
/// it, not in the footer), and nothing it looks up is missing.
/// </summary>
/// <param name="Anchor">The earliest element the script looks up: where the image appears.</param>
/// <param name="Image">The image.</param>
/// <param name="Srcset">The candidates of a <c>srcset</c> the script sets, as site paths with their descriptors.</param>
/// <param name="Sizes">The <c>sizes</c> the script sets with it.</param>
/// <param name="Unit">The script that inserts it, with the modules it imports.</param>
internal sealed record ScriptHero(IElement Anchor, CatalogEntry Image, IReadOnlyList<(string Path, string? Descriptor)> Srcset, string? Sizes, ScriptUnit Unit)
{
    private const int MaxBlocksBefore = 3;
    private const string TextBlocks = "p, li, h2, h3, h4, h5, h6, blockquote, pre, table, dl, figure";
    private static readonly string[] s_sinks = ["src", "srcset", "markup", "background", "import.meta.url"];

    /// <summary>The image the optimizer will serve at a site path (its variants included), from the site's catalog.</summary>
    public static ScriptHero? Find(IDocument document, string pagePath, Func<string, string?> readText, ImageCatalog catalog) =>
        Find(document, pagePath, readText, catalog.Find);

    /// <summary>
    /// The same, with the site's images looked up by <paramref name="findImage"/> (site path to the
    /// image served there, or null): what the load-time estimate uses on a folder as it stands.
    /// </summary>
    public static ScriptHero? Find(IDocument document, string pagePath, Func<string, string?> readText, Func<string?, CatalogEntry?> findImage)
    {
        var firstImage = DocumentOrder.FirstContentImage(document, pagePath, findImage);
        ScriptHero? earliest = null;
        foreach (var unit in ScriptUnit.Of(document, pagePath, readText))
        {
            var anchors = unit.Anchors.Select(a => Query(document, a)).ToList();
            if (anchors.Count == 0 || anchors.Any(a => a is null || !IsEarly(a, firstImage)))
            {
                continue;
            }
            var anchor = anchors.OfType<IElement>().Aggregate((a, b) => DocumentOrder.Follows(a, b) ? b : a);
            var used = unit.Images.Where(i => s_sinks.Contains(i.Image.Origin) || (i.Image.Origin == "literal" && unit.CreatesImages)).ToList();
            var image = used.Select(i => Entry(i.File, i.Image, pagePath, findImage)).FirstOrDefault(e => e is { IsIcon: false });
            if (image is null || (earliest is not null && !DocumentOrder.Follows(earliest.Anchor, anchor)))
            {
                continue;
            }
            var srcset = used.Where(i => i.Image.Origin == "srcset")
                .Select(i => (Path: Resolve(i.File, i.Image, pagePath, findImage), i.Image.Descriptor))
                .Where(c => c.Path is not null)
                .Select(c => (c.Path!, c.Descriptor))
                .ToList();
            earliest = new ScriptHero(anchor, image, srcset, srcset.Count > 0 ? unit.Sizes : null, unit);
        }
        return earliest;
    }

    private static bool IsEarly(IElement element, IElement? firstImage)
    {
        if (element.Closest("footer") is not null)
        {
            return false;
        }
        if (DocumentOrder.InPageHeader(element))
        {
            return true;
        }
        if (firstImage is not null && !DocumentOrder.Follows(firstImage, element))
        {
            return false;
        }
        var blocksBefore = element.Owner!.QuerySelectorAll(TextBlocks)
            .Count(b => !DocumentOrder.InPageHeader(b) && DocumentOrder.Follows(element, b) && !b.Contains(element));
        return blocksBefore <= MaxBlocksBefore;
    }

    private static CatalogEntry? Entry(string file, Reference image, string pagePath, Func<string?, CatalogEntry?> findImage) =>
        findImage(Resolve(file, image, pagePath, findImage));

    // The DOM resolves a URL against the page; new URL(x, import.meta.url) against the module. A
    // constant may be either (a helper may resolve it against its module), so it is taken
    // against the page, else the script, whichever names one of the site's images.
    private static string? Resolve(string file, Reference image, string pagePath, Func<string?, CatalogEntry?> findImage)
    {
        if (image.Origin == "import.meta.url")
        {
            return SitePaths.Resolve(file, image.Url);
        }
        var onPage = SitePaths.Resolve(pagePath, image.Url);
        if (image.Origin != "literal" || findImage(onPage) is not null)
        {
            return onPage;
        }
        return SitePaths.Resolve(file, image.Url);
    }

    private static IElement? Query(IDocument document, string selector)
    {
        try
        {
            return document.QuerySelector(selector);
        }
        catch (DomException)
        {
            return null; // a selector AngleSharp does not know: no telling where the image goes
        }
    }
}
