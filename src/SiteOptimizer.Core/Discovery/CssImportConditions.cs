namespace SiteOptimizer.Discovery;

/// <summary>
/// Reads the media query of an <c>@import</c> from what follows its URL. <c>layer</c> and
/// <c>supports()</c> come first in the grammar and are not media, so they are dropped.
/// </summary>
internal static class CssImportConditions
{
    public static string? MediaOf(string prelude)
    {
        var rest = prelude.Trim();
        while (true)
        {
            if (StartsFunction(rest, "layer(") || StartsFunction(rest, "supports("))
            {
                rest = rest[(ClosingParenthesis(rest) + 1)..].TrimStart();
            }
            else if (rest.Equals("layer", StringComparison.OrdinalIgnoreCase)
                || (rest.StartsWith("layer", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(rest[5])))
            {
                rest = rest[5..].TrimStart();
            }
            else
            {
                return rest.Length == 0 ? null : rest;
            }
        }
    }

    private static bool StartsFunction(string text, string name) => text.StartsWith(name, StringComparison.OrdinalIgnoreCase);

    private static int ClosingParenthesis(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] == ')')
            {
                return i;
            }
        }
        return text.Length - 1;
    }
}
