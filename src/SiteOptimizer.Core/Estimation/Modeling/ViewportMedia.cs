using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// Media queries and <c>sizes</c> lengths evaluated for a profile's viewport: the width
/// features, screen/all/print and <c>and</c>; anything else is taken as matching.
/// </summary>
internal static partial class ViewportMedia
{
    private const double EmPixels = 16;

    public static bool Matches(string? media, NetworkProfile profile)
    {
        var text = (media ?? "").Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return true;
        }
        // A comma is "or".
        return text.Split(',').Any(query => MatchesOne(query.Trim(), profile));
    }

    private static bool MatchesOne(string query, NetworkProfile profile)
    {
        var negated = query.StartsWith("not ", StringComparison.Ordinal);
        var body = negated ? query[4..] : query;
        var result = body.Split(" and ").All(part => MatchesPart(part.Trim(), profile));
        return negated ? !result : result;
    }

    private static bool MatchesPart(string part, NetworkProfile profile)
    {
        if (part is "print" or "speech")
        {
            return false;
        }
        var feature = Feature().Match(part);
        if (!feature.Success || Pixels(feature.Groups["value"].Value, profile) is not { } value)
        {
            return true;
        }
        var name = feature.Groups["name"].Value;
        double size = name.EndsWith("height", StringComparison.Ordinal) ? profile.ViewportHeight : profile.ViewportWidth;
        return name.StartsWith("min-", StringComparison.Ordinal) ? size >= value
            : name.StartsWith("max-", StringComparison.Ordinal) ? size <= value
            : Math.Abs(size - value) < 0.5;
    }

    /// <summary>The slot width in CSS pixels that <c>sizes</c> gives for the viewport (100vw when absent or unreadable).</summary>
    public static double SlotWidth(string? sizes, NetworkProfile profile)
    {
        foreach (var entry in (sizes ?? "").Split(','))
        {
            var text = entry.Trim();
            var close = text.LastIndexOf(')');
            var (media, length) = text.StartsWith('(') && close > 0 ? (text[..(close + 1)], text[(close + 1)..].Trim()) : (null, text);
            if (length.Length > 0 && Matches(media, profile) && Pixels(length, profile) is { } width)
            {
                return width;
            }
        }
        return profile.ViewportWidth;
    }

    /// <summary>A length in CSS pixels (px, em, rem, vw, vh), or null.</summary>
    public static double? Pixels(string length, NetworkProfile profile)
    {
        var match = Length().Match(length.Trim().ToLowerInvariant());
        if (!match.Success)
        {
            return null;
        }
        var number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "px" or "" => number,
            "em" or "rem" => number * EmPixels,
            "vw" => number * profile.ViewportWidth / 100,
            "vh" => number * profile.ViewportHeight / 100,
            _ => null,
        };
    }

    [GeneratedRegex(@"^\(\s*(?<name>(min-|max-)?(width|height))\s*:\s*(?<value>[^)]+)\)$")]
    private static partial Regex Feature();

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?|\.\d+)(?<unit>px|em|rem|vw|vh)?$")]
    private static partial Regex Length();
}
