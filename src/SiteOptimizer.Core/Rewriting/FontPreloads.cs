using AngleSharp.Dom;
using SiteOptimizer.Emit;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// The web fonts that text above the fold needs: the font of the page's first heading, of the
/// hero's text and of the header's links, looked up through the author's CSS (inheritance
/// included, specificity ignored: the last matching rule wins) and matched to an
/// <c>@font-face</c> by family and nearest weight. Browsers fetch such fonts only after
/// layout, so preloading them saves a round trip before the text can render.
/// </summary>
internal static class FontPreloads
{
    private static readonly string[] s_boldByDefault = ["h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "th"];

    /// <summary>Site paths (or absolute URLs) of the font files, most important first.</summary>
    public static IReadOnlyList<string> Find(IDocument document, PageStyles styles, BackgroundHero? hero)
    {
        var faces = styles.Sheets.SelectMany(s => s.Sheet.FontFaces.Select(f => (Sheet: s, Face: f))).ToList();
        if (faces.Count == 0)
        {
            return [];
        }
        var fonts = new List<string>();
        foreach (var element in AboveTheFoldText(document, hero))
        {
            var families = Inherited(element, styles, "font-family")?.Split(',').Select(CssStylesheet.Unquote) ?? [];
            var weight = Inherited(element, styles, "font-weight") is { } w ? FontWeights.Parse(w) : s_boldByDefault.Contains(element.LocalName) ? FontWeights.Bold : FontWeights.Normal;
            var family = families.FirstOrDefault(f => faces.Any(face => string.Equals(face.Face.Family, f, StringComparison.OrdinalIgnoreCase)));
            if (family is null)
            {
                continue;
            }
            var best = faces
                .Where(f => string.Equals(f.Face.Family, family, StringComparison.OrdinalIgnoreCase) && f.Face.Style == "normal")
                .OrderBy(f => Math.Abs(f.Face.Weight - weight))
                .FirstOrDefault();
            if (best.Face?.PreferredSource is { } source && Resolve(best.Sheet.Path, source) is { } font && !fonts.Contains(font))
            {
                fonts.Add(font);
            }
        }
        return fonts;
    }

    private static IEnumerable<IElement> AboveTheFoldText(IDocument document, BackgroundHero? hero)
    {
        var candidates = new List<IElement?> { document.QuerySelector("h1") };
        if (hero is not null)
        {
            candidates.AddRange(hero.Element.QuerySelectorAll("h1, h2, p, a").Take(6));
        }
        candidates.Add(document.QuerySelector("header nav a, header a"));
        return candidates.OfType<IElement>().Where(e => e.Closest("footer") is null && e.TextContent.Trim().Length > 0).Distinct();
    }

    private static string? Inherited(IElement element, PageStyles styles, string property)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            var value = styles.Matching(current).Select(m => m.Rule.Last(property)?.Value).LastOrDefault(v => v is not null);
            if (value is not null && value != "inherit")
            {
                return value;
            }
        }
        return null;
    }

    private static string? Resolve(string sheetPath, string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : SitePaths.Resolve(sheetPath, source);
}
