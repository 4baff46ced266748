using AngleSharp.Dom;
using SiteOptimizer.Estimation.Layout;

namespace SiteOptimizer.Rewriting.Css;

/// <summary>
/// What an element must be for a selector to match it, read from the selector's last compound:
/// its type, id and classes (<c>nav a.button</c> → an <c>a</c> with class <c>button</c>). Asking
/// this first spares the full match, which parses the selector anew, for nearly every element:
/// a page of 500 images under a stylesheet of 20,000 rules took minutes to rewrite and estimate.
/// A necessary condition only, never a sufficient one; where the selector is beyond this quick
/// reading (attribute selectors, escapes, namespaces, nesting) it admits every element. Callers
/// work keys out once per rule and page, then ask them per element.
/// </summary>
internal sealed class SelectorKey
{
    private static readonly SelectorKey s_any = new(null, null, []);

    private SelectorKey(string? type, string? id, string[] classes) => (Type, Id, Classes) = (type, id, classes);

    /// <summary>The element type required, or null.</summary>
    public string? Type { get; }

    /// <summary>The id required, or null.</summary>
    public string? Id { get; }

    /// <summary>The classes required, all of them.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>The key of each selector of a list; an element can match the list only if one of them admits it.</summary>
    public static SelectorKey[] OfList(string selectorList) => [.. CssLength.Split(selectorList).Select(Of)];

    /// <summary>The key of one selector (no commas).</summary>
    public static SelectorKey Of(string selector)
    {
        if (selector.AsSpan().IndexOfAny("[\\|&") >= 0)
        {
            return s_any;
        }
        var compound = selector[(LastCombinator(selector) + 1)..];
        var (type, id, classes) = ((string?)null, (string?)null, new List<string>());
        var at = 0;
        if (at < compound.Length && IsNameChar(compound[at]) && !char.IsAsciiDigit(compound[at]))
        {
            type = Name(compound, ref at);
        }
        while (at < compound.Length)
        {
            var mark = compound[at++];
            if (mark == '*')
            {
                continue;
            }
            if (mark is not ('.' or '#' or ':'))
            {
                return s_any;
            }
            var name = Name(compound, ref at);
            if (mark == '.')
            {
                classes.Add(name);
            }
            else if (mark == '#')
            {
                id = name;
            }
            else if (at < compound.Length && compound[at] == '(')
            {
                at = ClosingParenthesis(compound, at) + 1; // :not(…), :is(…): nothing required of the element here
            }
        }
        return new SelectorKey(type, id, [.. classes]);
    }

    /// <summary>Whether the element has the type, id and classes the selector requires (ASCII case aside, as in quirks mode).</summary>
    public bool Admits(IElement element)
    {
        if (Type is not null && !string.Equals(element.LocalName, Type, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (Id is not null && !string.Equals(element.Id, Id, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var required in Classes)
        {
            if (!element.ClassList.Any(c => string.Equals(c, required, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }
        return true;
    }

    // Where the last compound starts: after the last combinator outside parentheses.
    private static int LastCombinator(string selector)
    {
        var (depth, last) = (0, -1);
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c is ' ' or '>' or '+' or '~' or '\t' or '\n')
            {
                last = i;
            }
        }
        return last;
    }

    private static string Name(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && IsNameChar(text[at]))
        {
            at++;
        }
        return text[start..at];
    }

    private static int ClosingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return text.Length;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= 0x80;
}
