using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteOptimizer.Estimation.Layout;

/// <summary>
/// CSS lengths in pixels for a viewport: px, em, rem, %, vw, vh, and <c>clamp()</c>, <c>min()</c>,
/// <c>max()</c> of those; anything else (calc with mixed terms, keywords) is unknown.
/// </summary>
internal static partial class CssLength
{
    public const double RootFontSize = 16;

    /// <param name="value">The value as written.</param>
    /// <param name="fontSize">The element's font size, for em.</param>
    /// <param name="percentOf">What 100% is (the containing block's width), if known.</param>
    /// <param name="profile">The viewport.</param>
    public static double? Pixels(string? value, double fontSize, double? percentOf, NetworkProfile profile)
    {
        var text = value?.Trim().ToLowerInvariant() ?? "";
        if (text.Length == 0)
        {
            return null;
        }
        var function = Function().Match(text);
        if (function.Success)
        {
            var arguments = Split(function.Groups["args"].Value).Select(a => Pixels(a, fontSize, percentOf, profile)).ToList();
            if (arguments.Any(a => a is null))
            {
                return null;
            }
            var values = arguments.Select(a => a!.Value).ToList();
            return function.Groups["name"].Value switch
            {
                "clamp" when values.Count == 3 => Math.Max(values[0], Math.Min(values[1], values[2])),
                "min" => values.Min(),
                "max" => values.Max(),
                "calc" when values.Count == 1 => values[0],
                _ => null,
            };
        }
        var match = Length().Match(text);
        if (!match.Success)
        {
            return text == "0" ? 0 : null;
        }
        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "px" => number,
            "rem" => number * RootFontSize,
            "em" => number * fontSize,
            "vw" => number * profile.ViewportWidth / 100,
            "vh" or "svh" or "lvh" or "dvh" => number * profile.ViewportHeight / 100,
            "%" when percentOf is { } whole => number * whole / 100,
            "" when number == 0 => 0,
            _ => null,
        };
    }

    /// <summary>The 1–4 values of a box shorthand (<c>padding: 8px 16px</c>) as top, right, bottom, left.</summary>
    public static string[] Sides(string value)
    {
        var parts = Split(value, ' ');
        return parts.Count switch
        {
            1 => [parts[0], parts[0], parts[0], parts[0]],
            2 => [parts[0], parts[1], parts[0], parts[1]],
            3 => [parts[0], parts[1], parts[2], parts[1]],
            >= 4 => [parts[0], parts[1], parts[2], parts[3]],
            _ => ["0", "0", "0", "0"],
        };
    }

    // Splits on a separator outside parentheses.
    public static List<string> Split(string text, char separator = ',')
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] == separator)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(text[start..].Trim());
        return [.. parts.Where(p => p.Length > 0)];
    }

    [GeneratedRegex(@"^(?<name>clamp|min|max|calc)\((?<args>.*)\)$")]
    private static partial Regex Function();

    [GeneratedRegex(@"^(?<number>-?(\d+(\.\d+)?|\.\d+))(?<unit>px|rem|em|vw|vh|svh|lvh|dvh|%)?$")]
    private static partial Regex Length();
}
