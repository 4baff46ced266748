namespace SiteOptimizer.Rewriting.Css;

/// <summary>
/// The layers of a <c>background</c> or <c>background-image</c> value (split at the commas outside
/// parentheses) and, in each, where the image it paints is written: a <c>url()</c>, a gradient, an
/// <c>image-set()</c> or another image function. Enough to write a <c>background-image</c> with
/// the same layers without re-serialising a shorthand.
/// </summary>
internal static class BackgroundLayers
{
    private static readonly string[] s_imageFunctions = ["url", "image-set", "-webkit-image-set", "cross-fade", "-webkit-cross-fade", "element", "-moz-element", "image", "paint"];

    /// <summary>For each layer, the offset and length of its image in <paramref name="value"/>; null for a layer without one.</summary>
    public static IReadOnlyList<(int Start, int Length)?> Images(string value)
    {
        var layers = new List<(int Start, int Length)?>();
        (int Start, int Length)? image = null;
        var position = 0;
        while (position < value.Length)
        {
            var c = value[position];
            if (c == ',')
            {
                layers.Add(image);
                image = null;
                position++;
            }
            else if (c is '"' or '\'')
            {
                position = SkipString(value, position);
            }
            else if (c == '(')
            {
                position = SkipParentheses(value, position);
            }
            else if (IsNameStart(c))
            {
                var start = position;
                while (position < value.Length && (char.IsAsciiLetterOrDigit(value[position]) || value[position] is '-' or '_'))
                {
                    position++;
                }
                if (position < value.Length && value[position] == '(')
                {
                    var end = SkipParentheses(value, position);
                    var name = value[start..position].ToLowerInvariant();
                    if (image is null && (s_imageFunctions.Contains(name) || name.EndsWith("gradient", StringComparison.Ordinal)))
                    {
                        image = (start, end - start);
                    }
                    position = end;
                }
            }
            else
            {
                position++;
            }
        }
        layers.Add(image);
        return layers;
    }

    /// <summary>Whether the image written at the start of <paramref name="image"/> is a plain <c>url()</c>.</summary>
    public static bool IsUrl(string image) => image.StartsWith("url(", StringComparison.OrdinalIgnoreCase);

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c is '-' or '_';

    // The offset just past the parenthesis that closes the one at `open`, strings skipped.
    private static int SkipParentheses(string value, int open)
    {
        var depth = 0;
        var position = open;
        while (position < value.Length)
        {
            var c = value[position];
            if (c is '"' or '\'')
            {
                position = SkipString(value, position);
                continue;
            }
            if (c == '\\')
            {
                position += 2;
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            position++;
            if (depth == 0)
            {
                return position;
            }
        }
        return value.Length;
    }

    private static int SkipString(string value, int position)
    {
        var quote = value[position++];
        while (position < value.Length && value[position] != quote)
        {
            position += value[position] == '\\' ? 2 : 1;
        }
        return Math.Min(position + 1, value.Length);
    }
}
