using AngleSharp.Dom;
using AngleSharp.Html;

namespace SiteOptimizer.Minification;

/// <summary>
/// AngleSharp's standard HTML serializer with three changes: text outside preserved content
/// has its whitespace runs collapsed to one character (never removed, so the space between
/// <c>&lt;a&gt;x&lt;/a&gt; &lt;a&gt;y&lt;/a&gt;</c> stays); empty attributes are written bare
/// (<c>disabled</c>, which parses the same as <c>disabled=""</c>); and, for a page that was
/// pure ASCII, characters that entities produced are written as numeric references again.
/// Optional tags, quotes, raw text (scripts, styles) and kept comments are as the standard says.
/// </summary>
/// <remarks>
/// AngleSharp's own <c>MinifyMarkupFormatter</c> is not used: it collapses whitespace inside
/// elements styled <c>white-space: pre</c> and in <c>xml:space="preserve"</c> SVG text, drops
/// conditional comments, and leaves out optional end tags.
/// </remarks>
internal sealed class ConservativeMarkupFormatter(bool asciiOnly) : HtmlMarkupFormatter
{
    public override string Text(ICharacterData text)
    {
        var markup = WhitespaceContext.IsPreserved(text) ? base.Text(text) : EscapeText(HtmlWhitespace.Collapse(text.Data));
        return asciiOnly ? NumericReferences.EscapeNonAscii(markup) : markup;
    }

    public override string OpenTag(IElement element, bool selfClosing)
    {
        // Attribute values always have their quotes escaped, so ="" can only be an empty value.
        var markup = base.OpenTag(element, selfClosing).Replace("=\"\"", "", StringComparison.Ordinal);
        return asciiOnly ? NumericReferences.EscapeNonAscii(markup) : markup;
    }
}
