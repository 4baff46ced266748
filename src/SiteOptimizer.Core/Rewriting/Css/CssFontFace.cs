namespace SiteOptimizer.Rewriting.Css;

/// <summary>An <c>@font-face</c>: the family it defines, for which weight and style, and its sources.</summary>
internal sealed record CssFontFace(string Family, int Weight, string Style, IReadOnlyList<string> Sources)
{
    /// <summary>The <c>font-display</c> value, lower case; <c>auto</c> when not given.</summary>
    public string Display { get; init; } = "auto";

    /// <summary>The first WOFF2 source (what every current browser takes), else the first source.</summary>
    public string? PreferredSource => Sources.FirstOrDefault(s => s.Contains(".woff2", StringComparison.OrdinalIgnoreCase)) ?? Sources.FirstOrDefault();
}
