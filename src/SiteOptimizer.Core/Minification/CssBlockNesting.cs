using System.Globalization;

namespace SiteOptimizer.Minification;

/// <summary>
/// How deep a stylesheet's blocks nest (<c>a { b { … } }</c>), outside comments and strings.
/// esbuild's time grows with the square of it — 5,000 levels take half a second, 50,000 take
/// 45 s, and one such file would make the whole batch time out — while real stylesheets nest a
/// few levels, so one deeper than <see cref="MaxDepth"/> is kept as it is.
/// </summary>
internal static class CssBlockNesting
{
    public const int MaxDepth = 1000;

    /// <summary>Why a stylesheet is too deep to minify, or null when it is not.</summary>
    public static string? Refusal(string css)
    {
        var depth = Depth(css);
        return depth > MaxDepth
            ? string.Create(CultureInfo.InvariantCulture, $"blocks nested {depth:N0} deep (more than {MaxDepth:N0}): not minified")
            : null;
    }

    public static int Depth(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        var (depth, deepest) = (0, 0);
        for (var i = 0; i < css.Length; i++)
        {
            switch (css[i])
            {
                case '/' when i + 1 < css.Length && css[i + 1] == '*':
                    var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? css.Length : end + 1;
                    break;
                case '"' or '\'':
                    i = StringEnd(css, i);
                    break;
                case '\\':
                    i++; // an escaped character is never a brace
                    break;
                case '{':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return deepest;
    }

    // The closing quote, or the line end that ends a bad string (as the tokenizer reads it).
    private static int StringEnd(string css, int open)
    {
        for (var i = open + 1; i < css.Length; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == css[open] || css[i] == '\n')
            {
                return i;
            }
        }
        return css.Length;
    }
}
