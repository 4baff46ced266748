namespace SiteOptimizer.Minification;

/// <summary>What minifying one text asset gave.</summary>
/// <param name="Name">The asset's name, as given.</param>
/// <param name="Minified">The smaller text, or null to keep the original (it failed, or nothing was gained).</param>
/// <param name="Problem">Why the original is kept when minifying failed, e.g. <c>esbuild: 2:9: Unexpected ";"</c>; null otherwise.</param>
/// <param name="Line">1-based line of the problem in the asset, or 0.</param>
/// <param name="Column">1-based column of the problem, or 0.</param>
internal sealed record MinifyResult(string Name, string? Minified, string? Problem, int Line = 0, int Column = 0)
{
    /// <summary>Whether the original is kept (with or without a problem).</summary>
    public bool Kept => Minified is null;
}
