namespace SiteOptimizer.Minification;

/// <summary>A stylesheet or script to minify.</summary>
/// <param name="Name">A path, URL or label; results and problems carry it back.</param>
/// <param name="Text">The source text.</param>
/// <param name="Kind">How it is used, which decides what minifying may change.</param>
internal sealed record TextAsset(string Name, string Text, TextAssetKind Kind);
