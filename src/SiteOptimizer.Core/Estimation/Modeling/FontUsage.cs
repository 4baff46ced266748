using AngleSharp.Dom;
using SiteOptimizer.Emit;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// Which <c>@font-face</c> file text on a page is drawn in, through the author's CSS (inheritance
/// included, specificity ignored: the last matching rule wins; the <c>font</c> shorthand read
/// for its family and weight). A browser fetches a web font only when some text needs it.
/// </summary>
internal sealed class FontUsage
{
    private static readonly string[] s_boldByDefault = ["h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "th"];

    private readonly List<(PageStylesheet Sheet, CssFontFace Face)> _faces;
    private readonly List<(CssStyleRule Rule, SelectorKey[] Keys)> _fontRules;
    private readonly Dictionary<IElement, (string? Family, string? Weight)> _declared = [];

    public FontUsage(PageStyles styles, NetworkProfile profile)
    {
        _faces = [.. styles.Sheets.SelectMany(s => s.Sheet.FontFaces.Select(f => (s, f)))];
        _fontRules = [.. styles.Sheets.SelectMany(s => s.Sheet.Rules)
            .Where(r => (r.Media is null || ViewportMedia.Matches(r.Media, profile)) && r.Declarations.Any(d => d.Property is "font" or "font-family" or "font-weight"))
            .Select(r => (r, SelectorKey.OfList(r.Selector)))];
    }

    /// <summary>The font file (site path) and face an element's text is drawn in, or null for a system font.</summary>
    public (string Path, CssFontFace Face)? Of(IElement element)
    {
        if (_faces.Count == 0)
        {
            return null;
        }
        var families = (Inherited(element, e => Declared(e).Family) ?? "").Split(',').Select(CssStylesheet.Unquote);
        var weightText = Inherited(element, e => Declared(e).Weight);
        var weight = weightText is not null ? FontWeights.Parse(weightText) : s_boldByDefault.Contains(element.LocalName) ? FontWeights.Bold : FontWeights.Normal;
        var family = families.FirstOrDefault(f => _faces.Any(face => string.Equals(face.Face.Family, f, StringComparison.OrdinalIgnoreCase)));
        if (family is null)
        {
            return null;
        }
        var best = _faces
            .Where(f => string.Equals(f.Face.Family, family, StringComparison.OrdinalIgnoreCase) && f.Face.Style == "normal")
            .OrderBy(f => Math.Abs(f.Face.Weight - weight))
            .FirstOrDefault();
        return best.Face?.PreferredSource is { } source && SitePaths.Resolve(best.Sheet.Path, source) is { } path ? (path, best.Face) : null;
    }

    /// <summary>Every font file the text of the page's body needs, in document order.</summary>
    public IEnumerable<(string Path, CssFontFace Face, IElement Element)> Used(IDocument document) =>
        (document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
            .Where(e => e.ChildNodes.Any(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0))
            .Where(e => e.LocalName is not ("script" or "style" or "noscript" or "template"))
            .Select(e => (Font: Of(e), Element: e))
            .Where(f => f.Font is not null)
            .Select(f => (f.Font!.Value.Path, f.Font.Value.Face, f.Element))
            .DistinctBy(f => f.Path);

    private static string? Inherited(IElement element, Func<IElement, string?> declared)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (declared(current) is { } value && value != "inherit")
            {
                return value;
            }
        }
        return null;
    }

    private (string? Family, string? Weight) Declared(IElement element)
    {
        if (!_declared.TryGetValue(element, out var declared))
        {
            foreach (var (rule, _) in _fontRules.Where(r => r.Keys.Any(key => key.Admits(element)) && PageStyles.Matches(element, r.Rule.Selector)))
            {
                foreach (var declaration in rule.Declarations)
                {
                    declared = declaration.Property switch
                    {
                        "font-family" => (declaration.Value, declared.Weight),
                        "font-weight" => (declared.Family, declaration.Value),
                        "font" => Shorthand(declaration.Value) is var (family, weight) ? (family ?? declared.Family, weight ?? declared.Weight) : declared,
                        _ => declared,
                    };
                }
            }
            _declared[element] = declared;
        }
        return declared;
    }

    // "700 0.9rem/1.2 'Lato', sans-serif": the family follows the size; a weight may precede it.
    private static (string? Family, string? Weight) Shorthand(string value)
    {
        var tokens = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var size = Array.FindIndex(tokens, t => t.Length > 0 && (char.IsDigit(t[0]) || t[0] == '.') && t.Any(char.IsLetter) || t.EndsWith('%'));
        if (size < 0)
        {
            return (null, null);
        }
        var weight = tokens[..size].FirstOrDefault(t => t is "bold" or "bolder" or "lighter" or "normal" || t.All(char.IsDigit));
        return (string.Join(' ', tokens[(size + 1)..]), weight ?? "normal");
    }
}
