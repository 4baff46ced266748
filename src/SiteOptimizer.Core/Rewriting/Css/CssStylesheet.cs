using System.Text;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Rewriting.Css;

/// <summary>
/// The style rules and font faces of a stylesheet, read without re-serialising anything: enough
/// to know which selectors set a background image or a font, and where each declaration stands.
/// Conditional groups (<c>@media</c>, <c>@supports</c>, <c>@layer</c>, <c>@container</c>) are read
/// into; other at-rule blocks (<c>@keyframes</c>, …) are skipped.
/// </summary>
internal sealed class CssStylesheet
{
    private static readonly string[] s_groupingRules = ["media", "supports", "layer", "container", "document"];

    private readonly string _css;
    private readonly List<CssStyleRule> _rules = [];
    private readonly List<CssFontFace> _fontFaces = [];

    private CssStylesheet(string css)
    {
        _css = css;
        ReadBlock(0, css.Length, null);
    }

    public IReadOnlyList<CssStyleRule> Rules => _rules;

    public IReadOnlyList<CssFontFace> FontFaces => _fontFaces;

    public string Text => _css;

    public static CssStylesheet Parse(string css) => new(css);

    private void ReadBlock(int start, int end, string? media)
    {
        var position = start;
        while (position < end)
        {
            var preludeStart = position;
            var stop = Scan(position, end, "{;}");
            if (stop >= end || _css[stop] != '{')
            {
                position = stop + 1;
                continue;
            }
            var prelude = StripComments(_css[preludeStart..stop]).Trim();
            var close = Scan(stop + 1, end, "}", nested: true);
            if (prelude.StartsWith('@'))
            {
                var name = new string(prelude.Skip(1).TakeWhile(CssReader.IsNameChar).ToArray()).ToLowerInvariant();
                if (name == "font-face")
                {
                    ReadFontFace(stop + 1, close);
                }
                else if (s_groupingRules.Contains(name))
                {
                    var condition = prelude[(name.Length + 1)..].Trim();
                    ReadBlock(stop + 1, close, name == "media" ? Combine(media, condition) : media);
                }
            }
            else if (prelude.Length > 0)
            {
                _rules.Add(new CssStyleRule(prelude, ReadDeclarations(stop + 1, close), media));
            }
            position = close + 1;
        }
    }

    private void ReadFontFace(int start, int end)
    {
        var declarations = ReadDeclarations(start, end);
        var family = Unquote(declarations.LastOrDefault(d => d.Property == "font-family")?.Value ?? "");
        var weight = FontWeights.Parse(declarations.LastOrDefault(d => d.Property == "font-weight")?.Value);
        var style = declarations.LastOrDefault(d => d.Property == "font-style")?.Value.ToLowerInvariant() ?? "normal";
        var src = declarations.LastOrDefault(d => d.Property == "src");
        var sources = src is null ? [] : CssReferenceExtractor.Extract(src.Value).References.Select(r => r.Url).ToList();
        if (family.Length > 0)
        {
            var display = declarations.LastOrDefault(d => d.Property == "font-display")?.Value.ToLowerInvariant() ?? "auto";
            _fontFaces.Add(new CssFontFace(family, weight, style, sources) { Display = display });
        }
    }

    private List<CssDeclaration> ReadDeclarations(int start, int end)
    {
        var declarations = new List<CssDeclaration>();
        var position = start;
        while (position < end)
        {
            var stop = Math.Min(Scan(position, end, ";"), end);
            var text = _css[position..stop];
            var colon = IndexOutsideComments(text, ':');
            if (colon > 0)
            {
                var leading = text.Length - text.TrimStart().Length;
                var property = StripComments(text[..colon]).Trim().ToLowerInvariant();
                var value = StripComments(text[(colon + 1)..]).Trim();
                if (value.EndsWith("!important", StringComparison.OrdinalIgnoreCase))
                {
                    value = value[..^"!important".Length].TrimEnd();
                }
                var trimmedEnd = position + text.TrimEnd().Length;
                declarations.Add(new CssDeclaration(property, value, position + leading, trimmedEnd));
            }
            position = stop + 1;
        }
        return declarations;
    }

    // The offset of the first of `stops` at nesting depth 0 (or the matching close brace when
    // nested), skipping comments, strings and parentheses; `end` when there is none.
    private int Scan(int position, int end, string stops, bool nested = false)
    {
        var depth = 0;
        var parens = 0;
        while (position < end)
        {
            var c = _css[position];
            if (c == '/' && position + 1 < end && _css[position + 1] == '*')
            {
                var close = _css.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = close < 0 ? end : close + 2;
                continue;
            }
            if (c is '"' or '\'')
            {
                position = SkipString(position, end);
                continue;
            }
            if (c == '\\')
            {
                position += 2;
                continue;
            }
            if (c == '(')
            {
                parens++;
            }
            else if (c == ')' && parens > 0)
            {
                parens--;
            }
            else if (parens == 0 && nested && c == '{')
            {
                depth++;
            }
            else if (parens == 0 && depth == 0 && stops.Contains(c, StringComparison.Ordinal))
            {
                return position;
            }
            else if (parens == 0 && nested && c == '}')
            {
                depth--;
            }
            position++;
        }
        return end;
    }

    private int SkipString(int position, int end)
    {
        var quote = _css[position++];
        while (position < end && _css[position] != quote && _css[position] != '\n')
        {
            position += _css[position] == '\\' ? 2 : 1;
        }
        return position + 1;
    }

    private static int IndexOutsideComments(string text, char wanted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 1;
            }
            else if (text[i] == wanted)
            {
                return i;
            }
        }
        return -1;
    }

    private static string StripComments(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 1;
                continue;
            }
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    private static string Combine(string? outer, string inner) => outer is null ? inner : $"{outer} and {inner}";

    public static string Unquote(string value) => value.Trim().Trim('"', '\'').Trim();
}
