using AngleSharp.Dom;
using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Estimation.Layout;

/// <summary>
/// The declarations that apply to each element of a page, in cascade order (stylesheet order,
/// <c>@media</c> evaluated for the viewport, the <c>style</c> attribute last; specificity
/// ignored), with <c>var()</c> resolved from the custom properties of <c>:root</c>.
/// </summary>
internal sealed class PageCascade
{
    private static readonly string[] s_inherited = ["font-size", "line-height", "font-family", "font-weight"];

    private readonly Dictionary<IElement, List<CssDeclaration>> _declarations = [];
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public PageCascade(IDocument document, PageStyles styles, NetworkProfile profile)
    {
        var rules = styles.Sheets.SelectMany(s => s.Sheet.Rules).Where(r => r.Media is null || ViewportMedia.Matches(r.Media, profile)).ToList();
        foreach (var rule in rules.Where(r => r.Selector.Trim() is ":root" or "html"))
        {
            foreach (var variable in rule.Declarations.Where(d => d.Property.StartsWith("--", StringComparison.Ordinal)))
            {
                _variables[variable.Property] = variable.Value;
            }
        }
        var elements = new ElementIndex(document.All);
        foreach (var rule in rules)
        {
            // Pseudo-elements are not elements; the rest of a selector list still counts.
            var matched = CssLength.Split(rule.Selector).SelectMany(part => elements.Candidates(part).Where(e => PageStyles.Matches(e, part))).Distinct();
            foreach (var element in matched)
            {
                (_declarations.TryGetValue(element, out var list) ? list : _declarations[element] = []).AddRange(rule.Declarations);
            }
        }
        foreach (var element in document.QuerySelectorAll("[style]"))
        {
            var inline = CssStylesheet.Parse("x{" + element.GetAttribute("style") + "}").Rules.SelectMany(r => r.Declarations);
            (_declarations.TryGetValue(element, out var list) ? list : _declarations[element] = []).AddRange(inline);
        }
    }

    /// <summary>The value of a property set on the element itself (the last declaration wins), or null.</summary>
    public string? Own(IElement element, string property) =>
        _declarations.TryGetValue(element, out var list) && list.LastOrDefault(d => d.Property == property) is { } declaration ? Resolve(declaration.Value) : null;

    /// <summary>The value set on the element or, for inherited properties, its nearest ancestor.</summary>
    public string? Inherited(IElement element, string property)
    {
        for (var current = element; current is not null; current = s_inherited.Contains(property) ? current.ParentElement : null)
        {
            if (Own(current, property) is { } value && value != "inherit")
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>One side of a box property, from the longhand or the shorthand, whichever comes last.</summary>
    public string? Side(IElement element, string box, int side)
    {
        if (!_declarations.TryGetValue(element, out var list))
        {
            return null;
        }
        var names = new[] { "top", "right", "bottom", "left" };
        var last = list.LastOrDefault(d => d.Property == box || d.Property == $"{box}-{names[side]}");
        return last is null ? null : last.Property == box ? CssLength.Sides(Resolve(last.Value))[side] : Resolve(last.Value);
    }

    private string Resolve(string value)
    {
        for (var guard = 0; guard < 8 && value.Contains("var(", StringComparison.Ordinal); guard++)
        {
            var start = value.IndexOf("var(", StringComparison.Ordinal);
            var end = value.IndexOf(')', start);
            if (end < 0)
            {
                break;
            }
            var arguments = value[(start + 4)..end].Split(',', 2);
            var replacement = _variables.GetValueOrDefault(arguments[0].Trim()) ?? (arguments.Length > 1 ? arguments[1].Trim() : "");
            value = value[..start] + replacement + value[(end + 1)..];
        }
        return value;
    }
}
