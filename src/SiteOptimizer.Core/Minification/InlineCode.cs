using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Minification;

/// <summary>An inline <c>&lt;style&gt;</c> or <c>&lt;script&gt;</c> whose text can be minified.</summary>
/// <param name="Element">The element; its text is replaced when minifying succeeds.</param>
/// <param name="Kind">How its code runs.</param>
internal sealed record InlineCode(IElement Element, TextAssetKind Kind)
{
    /// <summary>
    /// The inline styles and scripts of a page that browsers run as CSS or JavaScript. Left
    /// alone: data blocks (JSON-LD, import maps, templates), a <c>type</c> with parameters
    /// (browsers do not run it), scripts with <c>src</c> (their text is ignored), and
    /// anything inside SVG or a <c>&lt;template&gt;</c>.
    /// </summary>
    public static IReadOnlyList<InlineCode> Find(IDocument document)
    {
        var found = new List<InlineCode>();
        foreach (var element in document.QuerySelectorAll("style, script"))
        {
            if (HtmlWhitespace.IsAll(element.TextContent))
            {
                continue;
            }
            if (element is IHtmlStyleElement style && IsCss(style.GetAttribute("type")))
            {
                found.Add(new InlineCode(element, TextAssetKind.Css));
            }
            else if (element is IHtmlScriptElement script && !script.HasAttribute("src") && ScriptKind(script) is { } kind)
            {
                found.Add(new InlineCode(element, kind));
            }
        }
        return found;
    }

    /// <summary>The text that would end the element early if the minified code contained it.</summary>
    public string EndTag => "</" + Element.LocalName;

    private static bool IsCss(string? type) =>
        string.IsNullOrEmpty(type) || string.Equals(type.Trim(), "text/css", StringComparison.OrdinalIgnoreCase);

    private static TextAssetKind? ScriptKind(IHtmlScriptElement script)
    {
        var type = script.GetAttribute("type");
        if (type is null && script.GetAttribute("language") is { Length: > 0 } language)
        {
            type = "text/" + language;
        }
        if (type is not null && type.Contains(';', StringComparison.Ordinal))
        {
            return null;
        }
        return HtmlScriptType.Of(type?.Trim()) switch
        {
            HtmlScriptKind.Classic => TextAssetKind.ClassicScript,
            HtmlScriptKind.Module => TextAssetKind.Module,
            _ => null,
        };
    }
}
