using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>One file a browser may load for an image: the original or a variant.</summary>
/// <param name="Format">Its format.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Path">Its site path.</param>
internal sealed record ImageSource(ImageFormat Format, int Width, string Path);
