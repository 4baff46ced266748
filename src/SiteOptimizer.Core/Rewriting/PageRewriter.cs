using AngleSharp;
using AngleSharp.Html.Parser;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Rewriting;

/// <summary>Rewrites one page: every image's markup for its place on the page, then the preload hints.</summary>
internal sealed class PageRewriter(ImageCatalog catalog, Func<string, string?> readText, IReadOnlySet<string> imageSetImages, HintsOptions options)
{
    /// <param name="pagePath">The page's site path.</param>
    /// <param name="html">Its HTML.</param>
    /// <param name="withheld">Kinds of change not to make on this page (the estimate said they make it slower).</param>
    public PageRewrite Rewrite(string pagePath, string html, IReadOnlySet<ChangeKind>? withheld = null)
    {
        if (!options.Enabled)
        {
            return new PageRewrite(null, [], []);
        }
        withheld ??= new HashSet<ChangeKind>();
        var applied = new HashSet<ChangeKind>();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var original = document.ToHtml();
        var offered = options.CssImageSet ? InlineBackgrounds.Offer(document, pagePath, catalog) : [];
        var styles = PageStyles.Of(document, pagePath, readText);
        var hero = BackgroundHero.Find(document, pagePath, styles, catalog);
        var scriptHero = ScriptHero.Find(document, pagePath, readText, catalog);
        CatalogEntry? EntryOf(AngleSharp.Dom.IElement image) =>
            image.GetAttribute("src") is { } src ? catalog.Find(SitePaths.Resolve(pagePath, src)) : null;

        var diagnostics = new List<Diagnostic>();
        var canSize = DimensionStyle.Allowed(document);
        var placements = FoldEstimate.Place(document, EntryOf, options.AboveTheFoldImages, hero is not null || scriptHero is not null);
        foreach (var (image, placement) in placements)
        {
            var authored = LoadingAttributes.Of(image);
            var sizesGuessed = ImageMarkup.Apply(image, EntryOf(image)!, pagePath, placement, styles.FixedWidth(image), styles.CanWrap(image), canSize && !styles.ConstrainsHeight(image), options);
            foreach (var kind in authored.Applied(image))
            {
                if (withheld.Contains(kind))
                {
                    authored.Restore(image, kind);
                }
                else
                {
                    applied.Add(kind);
                }
            }
            if (sizesGuessed)
            {
                var position = image.SourceReference?.Position;
                diagnostics.Add(new Diagnostic(DiagnosticCodes.SizesGuessed, DiagnosticSeverity.Info, pagePath, position?.Line ?? 0, position?.Column ?? 0,
                    $"sizes=\"100vw\" for {image.GetAttribute("src")}: neither a width attribute nor a fixed CSS width says how wide it is shown; browsers may fetch a larger file than needed"));
            }
        }
        var lcp = LcpImage(placements, pagePath, styles, hero, scriptHero, offered);
        var preloads = PreloadPlanner.Plan(document, pagePath, styles, lcp, hero, readText, options.MaxPreloadsPerPage)
            .Where(p => !withheld.Contains(KindOf(p))).ToList();
        PreloadPlanner.Insert(document, pagePath, preloads);
        applied.UnionWith(preloads.Select(KindOf));
        DimensionStyle.Insert(document);
        var rewritten = document.ToHtml();
        return new PageRewrite(rewritten == original ? null : rewritten, preloads, diagnostics) { Applied = applied };
    }

    private static ChangeKind KindOf(Preload hint) => hint.As == "font" ? ChangeKind.FontPreloads : ChangeKind.ResourceHints;

    // The LCP image's preload, where the browser would find the image late: a CSS background or
    // a script's image (whichever comes first), or an <img> behind blocking resources.
    private Preload? LcpImage(Dictionary<AngleSharp.Dom.IElement, ImagePlacement> placements, string pagePath, PageStyles styles, BackgroundHero? hero, ScriptHero? scriptHero, IReadOnlyList<string> offered)
    {
        if (hero is not null && (scriptHero is null || DocumentOrder.Follows(scriptHero.Anchor, hero.Element)))
        {
            return LcpPreload.ForBackground(hero, imageSetImages.Contains(hero.Image.Path) || offered.Contains(hero.Image.Path));
        }
        if (scriptHero is not null)
        {
            return LcpPreload.ForScript(scriptHero, pagePath);
        }
        var image = placements.FirstOrDefault(p => p.Value == ImagePlacement.Lcp).Key;
        return image is not null && LateDiscovery.IsLate(image, styles) ? LcpPreload.ForImage(image, pagePath) : null;
    }
}
