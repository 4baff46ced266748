using SiteOptimizer.Discovery;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The URL a browser fetches for an element's background, from the declarations that set it:
/// the last <c>background</c> or <c>background-image</c> naming a URL wins (a copy with
/// <c>image-set()</c> follows the original), and in it the first URL, which is the top layer's
/// image or, in an <c>image-set()</c>, its first option (AVIF, which Chromium shows).
/// </summary>
internal static class BackgroundImageUrl
{
    public static string? Of(IEnumerable<CssDeclaration> declarations)
    {
        var background = declarations.LastOrDefault(d => d.Property is "background" or "background-image" && d.Value.Contains("url(", StringComparison.OrdinalIgnoreCase));
        return background is null ? null : CssReferenceExtractor.Extract(background.Value).References.FirstOrDefault()?.Url;
    }

    /// <summary>The same for a <c>style</c> attribute.</summary>
    public static string? OfStyle(string style) => Of(CssStylesheet.Parse("x{" + style + "}").Rules.SelectMany(r => r.Declarations));
}
