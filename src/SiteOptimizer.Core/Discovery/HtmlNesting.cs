using System.Globalization;

namespace SiteOptimizer.Discovery;

/// <summary>
/// How deep a page's elements nest, found by a quick scan of its tags before any parser sees it.
/// The HTML parsing algorithm searches the stack of open elements for most tags, so parsing time
/// grows with the square of the depth: a 2 MB page of 200,000 nested <c>&lt;div&gt;</c>s kept
/// the parser busy for many minutes. Browsers cap the tree they build (Chromium at 512 levels);
/// siteopt leaves a page deeper than <see cref="MaxDepth"/> as it is, unparsed.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Eight times Chromium's cap on the depth of the tree it builds: no real page comes near it.</summary>
    public const int MaxDepth = 4096;

    // Elements that never have content, and those whose end tag may be left out (a new <p> or
    // <li> closes the last one): neither makes the tree deeper however many there are.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_flat = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Elements whose content is text up to their end tag: a "<div>" inside a script is no element.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_rawText = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Why a page is too deep to parse, or null when it is not.</summary>
    public static string? Refusal(string html)
    {
        var depth = Depth(html);
        return depth > MaxDepth
            ? string.Create(CultureInfo.InvariantCulture, $"elements nested {depth:N0} deep (browsers build at most 512 levels; siteopt parses up to {MaxDepth:N0})")
            : null;
    }

    /// <summary>The deepest nesting of elements, counted from start and end tags in one pass.</summary>
    public static int Depth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (depth, deepest, at) = (0, 0, 0);
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (html[at + 1] == '!')
            {
                var comment = html.AsSpan(at).StartsWith("<!--");
                var end = comment ? html.IndexOf("-->", at + 4, StringComparison.Ordinal) : html.IndexOf('>', at + 2);
                at = end < 0 ? html.Length : end + (comment ? 3 : 1);
                continue;
            }
            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++;
                continue; // a "<" in text
            }
            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0)
            {
                break;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                depth -= depth > 0 && !s_flat.Contains(name) ? 1 : 0;
            }
            else if (s_rawText.Contains(name))
            {
                var endTag = html.IndexOf(string.Concat("</", name), tagEnd, StringComparison.OrdinalIgnoreCase);
                at = endTag < 0 ? html.Length : endTag;
                continue;
            }
            else if (!s_flat.Contains(name) && html[tagEnd - 1] != '/')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            at = tagEnd + 1;
        }
        return deepest;
    }

    // The ">" that ends a tag, past quoted attribute values (which may hold one); -1 if none.
    // As in the tokenizer, a quote opens a value only right after "=" (and white space).
    private static int TagEnd(string html, int from)
    {
        var (quote, previous) = ('\0', '\0');
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && previous == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
            previous = char.IsWhiteSpace(c) && quote == '\0' ? previous : c;
        }
        return -1;
    }
}
