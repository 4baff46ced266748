using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// The author's CSS as it applies to one page, in cascade order (a stylesheet's imports before
/// its own rules): enough to ask which rules match an element, without a layout engine.
/// </summary>
internal sealed class PageStyles
{
    private static readonly string[] s_structuralPseudoClasses = [":first-child", ":last-child", ":nth-", ":only-child", ":first-of-type", ":last-of-type", ":only-of-type"];

    // Worked out once per page, not once per image: a page may have hundreds of images and its
    // stylesheets tens of thousands of rules.
    private readonly List<(PageStylesheet Sheet, CssStyleRule Rule, SelectorKey[] Keys)> _rules;
    private readonly List<(string Selector, SelectorKey Key)> _structural;
    private readonly List<(string Selector, SelectorKey Key)> _heightRules;

    private PageStyles(IReadOnlyList<PageStylesheet> sheets)
    {
        Sheets = sheets;
        _rules = [.. sheets.SelectMany(sheet => sheet.Sheet.Rules.Where(rule => rule.Media is null)
            .Select(rule => (sheet, rule, SelectorKey.OfList(rule.Selector))))];
        _structural = [.. sheets.SelectMany(s => s.Sheet.Rules)
            .SelectMany(r => r.Selector.Split(','))
            .Where(ReachesThroughStructure)
            .Select(part => (part, SelectorKey.Of(part)))];
        _heightRules = [.. sheets.SelectMany(s => s.Sheet.Rules)
            .Where(r => r.Declarations.Any(SetsHeight))
            .SelectMany(r => r.Selector.Split(','))
            .Select(part => (part, SelectorKey.Of(part)))];
    }

    public IReadOnlyList<PageStylesheet> Sheets { get; }

    /// <summary>Reads the stylesheets a page links (and what they import) and its <c>&lt;style&gt;</c> blocks.</summary>
    public static PageStyles Of(IDocument document, string pagePath, Func<string, string?> readText)
    {
        var sheets = new List<PageStylesheet>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("link[rel~=stylesheet][href], style"))
        {
            if (element.LocalName == "style")
            {
                sheets.Add(new PageStylesheet(pagePath, CssStylesheet.Parse(element.TextContent), 0));
            }
            else if (SitePaths.Resolve(pagePath, element.GetAttribute("href")!) is { } path)
            {
                AddWithImports(path, 0, sheets, seen, readText);
            }
        }
        return new PageStyles(sheets);
    }

    private static void AddWithImports(string path, int depth, List<PageStylesheet> sheets, HashSet<string> seen, Func<string, string?> readText)
    {
        if (!seen.Add(path) || readText(path) is not { } css)
        {
            return;
        }
        foreach (var import in CssReferenceExtractor.Extract(css).References.Where(r => r.Origin == "@import"))
        {
            if (SitePaths.Resolve(path, import.Url) is { } imported)
            {
                AddWithImports(imported, depth + 1, sheets, seen, readText);
            }
        }
        sheets.Add(new PageStylesheet(path, CssStylesheet.Parse(css), depth));
    }

    /// <summary>Rules outside <c>@media</c> that match <paramref name="element"/>, in cascade order (specificity aside).</summary>
    public IEnumerable<(PageStylesheet Sheet, CssStyleRule Rule)> Matching(IElement element) =>
        _rules.Where(r => r.Keys.Any(key => key.Admits(element)) && Matches(element, r.Rule.Selector)).Select(r => (r.Sheet, r.Rule));

    /// <summary>A fixed CSS width the author gives this image (e.g. <c>260px</c>), for <c>sizes</c>.</summary>
    public string? FixedWidth(IElement image)
    {
        var width = Matching(image).Select(m => m.Rule.Last("width")?.Value).LastOrDefault(v => v is not null);
        return width is not null && width.EndsWith("px", StringComparison.Ordinal) && double.TryParse(width[..^2], System.Globalization.CultureInfo.InvariantCulture, out _)
            ? width
            : null;
    }

    /// <summary>
    /// Whether the author's CSS (a rule in any <c>@media</c>, or the <c>style</c> attribute) sets the
    /// image's height, its minimum or its maximum: then a <c>width</c> attribute would no longer
    /// follow the height, and the image would be distorted.
    /// </summary>
    public bool ConstrainsHeight(IElement image) =>
        (image.GetAttribute("style") is { } style && CssStylesheet.Parse("x{" + style + "}").Rules.SelectMany(r => r.Declarations).Any(SetsHeight))
        || _heightRules.Any(part => part.Key.Admits(image) && Matches(image, part.Selector));

    private static bool SetsHeight(CssDeclaration declaration) =>
        declaration.Property is "height" or "max-height" or "min-height" or "block-size" or "max-block-size" or "min-block-size"
        && declaration.Value.Trim().ToLowerInvariant() is not ("auto" or "none" or "0" or "initial" or "unset");

    /// <summary>
    /// Whether wrapping the image in <c>&lt;picture&gt;</c> keeps every rule that styles it matching:
    /// not when a rule reaches it through a child combinator or a structural pseudo-class.
    /// </summary>
    public bool CanWrap(IElement image) => !_structural.Any(part => part.Key.Admits(image) && Matches(image, part.Selector));

    private static bool ReachesThroughStructure(string selector)
    {
        var trimmed = selector.Trim();
        var lastSpace = trimmed.LastIndexOfAny([' ', '>', '+', '~']);
        var lastCompound = trimmed[(lastSpace + 1)..];
        var beforeLast = trimmed[..(lastSpace + 1)].TrimEnd();
        return beforeLast.EndsWith('>') || beforeLast.EndsWith('+') || beforeLast.EndsWith('~')
            || s_structuralPseudoClasses.Any(p => lastCompound.Contains(p, StringComparison.Ordinal));
    }

    public static bool Matches(IElement element, string selector)
    {
        if (selector.Contains("::", StringComparison.Ordinal) || selector.Contains(":before", StringComparison.Ordinal) || selector.Contains(":after", StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            return element.Matches(selector);
        }
        catch (DomException)
        {
            return false;
        }
    }
}
