namespace SiteOptimizer.Minification;

/// <summary>No esbuild executable was found, so JavaScript and CSS cannot be minified.</summary>
/// <param name="tried">The paths that were tried, in order.</param>
public sealed class EsbuildNotFoundException(IReadOnlyList<string> tried) : Exception(
    "esbuild was not found (tried: " + string.Join(", ", tried.Take(4)) + (tried.Count > 4 ? ", …" : "") + "). " +
    "Build SiteOptimizer with Node.js installed so 'npm ci' can fetch the bundled copy, " +
    "or point " + EsbuildLocator.EnvironmentVariable + " at an esbuild executable.")
{
    /// <summary>The paths that were tried, in order.</summary>
    public IReadOnlyList<string> Tried { get; } = tried;
}
