namespace SiteOptimizer.Minification;

/// <summary>What minifying one page gave.</summary>
/// <param name="Name">The page's name, as given.</param>
/// <param name="Minified">The smaller page, or null to keep the original (nothing was gained).</param>
/// <param name="Problems">Inline styles and scripts esbuild rejected and that were kept as they are, with their line and column in the page.</param>
internal sealed record HtmlMinifyResult(string Name, string? Minified, IReadOnlyList<MinifyResult> Problems);
