using System.Globalization;

namespace SiteOptimizer.Rewriting.Css;

/// <summary>CSS <c>font-weight</c> keywords and numbers as numbers.</summary>
internal static class FontWeights
{
    public const int Normal = 400;
    public const int Bold = 700;

    public static int Parse(string? value)
    {
        var first = value?.Trim().Split(' ')[0].ToLowerInvariant();
        return first switch
        {
            null or "" or "normal" => Normal,
            "bold" or "bolder" => Bold,
            "lighter" => 300,
            _ => int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : Normal,
        };
    }
}
