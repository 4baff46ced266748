using AngleSharp.Dom;

namespace SiteOptimizer.Discovery;

/// <summary>
/// Runs the CSS and module extractors on CSS and JavaScript written inside a page
/// (<c>&lt;style&gt;</c>, <c>style=""</c>, <c>&lt;script&gt;</c>) and moves what they find
/// into the page's coordinates. Contents are read from the source text rather than the DOM so
/// that spans stay exact (the DOM has already normalized line breaks and decoded entities).
/// </summary>
internal sealed class EmbeddedReferences(string html)
{
    private readonly string _html = html;
    private LineMap? _lines;

    private LineMap Lines => _lines ??= new LineMap(_html);

    public IEnumerable<Reference> FromStyleElement(IElement style)
    {
        var type = FetchableUrl.TrimAsciiWhitespace(style.GetAttribute("type") ?? "");
        if (type.Length > 0 && !type.Equals("text/css", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        return Embed(style, CssReferenceExtractor.Extract);
    }

    /// <summary>An inline script's imports (a module's) and the images it names.</summary>
    public IEnumerable<Reference> FromInlineScript(IElement script, bool isModule) => Embed(script, js => ScriptReferences.FromInline(js, isModule));

    /// <summary>
    /// A <c>style</c> attribute's value is decoded by the parser; when it held character references
    /// (<c>&amp;quot;</c>) the decoded text no longer lines up with the source, so its references
    /// get the position of the attribute value and no span.
    /// </summary>
    public IEnumerable<Reference> FromStyleAttribute(IElement element)
    {
        var value = element.GetAttribute("style") ?? "";
        var references = CssReferenceExtractor.Extract(value).References;
        if (references.Count == 0)
        {
            return [];
        }
        if (TagStart(element) is { } tagStart && HtmlStartTag.Read(_html, tagStart).TryGetValue("style", out var span))
        {
            return _html.AsSpan(span.Start, span.Length).SequenceEqual(value)
                ? references.Select(r => Shift(r, span.Start, element.LocalName))
                : references.Select(r => Pin(r, span.Start, element.LocalName));
        }
        return references.Select(r => PinToElement(r, element));
    }

    private IEnumerable<Reference> Embed(IElement element, Func<string, ExtractedReferences> extract)
    {
        if (TagStart(element) is not { } tagStart)
        {
            return extract(element.TextContent).References.Select(r => PinToElement(r, element));
        }
        var start = HtmlStartTag.Read(_html, tagStart).End;
        var end = EndTag(start, element.LocalName);
        return extract(_html[start..end]).References.Select(r => Shift(r, start, element.LocalName));
    }

    /// <summary>Where the raw text of a <c>style</c> or <c>script</c> element ends: at its first matching end tag.</summary>
    private int EndTag(int start, string name)
    {
        var closing = "</" + name;
        for (var at = _html.IndexOf(closing, start, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = _html.IndexOf(closing, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + closing.Length;
            if (after == _html.Length || _html[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>')
            {
                return at;
            }
        }
        return _html.Length;
    }

    private int? TagStart(IElement element) =>
        element.SourceReference?.Position.Index is { } index && index < _html.Length && _html[index] == '<' ? index : null;

    private Reference Shift(Reference reference, int offset, string element)
    {
        var (line, column) = Lines.Locate(reference.Offset + offset);
        return reference with { Line = line, Column = column, Offset = reference.Offset + offset, Element = element };
    }

    private Reference Pin(Reference reference, int offset, string element)
    {
        var (line, column) = Lines.Locate(offset);
        return reference with { Line = line, Column = column, Offset = -1, Length = -1, Element = element };
    }

    private static Reference PinToElement(Reference reference, IElement element)
    {
        var position = element.SourceReference?.Position;
        return reference with
        {
            Line = position?.Line ?? 0,
            Column = position?.Column ?? 0,
            Offset = -1,
            Length = -1,
            Element = element.LocalName,
        };
    }
}
