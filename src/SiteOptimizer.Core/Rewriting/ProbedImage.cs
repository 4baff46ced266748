using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>What the rewriter needs to know of an image file: its format and displayed size.</summary>
/// <param name="Format">The real format, from the bytes.</param>
/// <param name="Width">Width in pixels, upright (after EXIF rotation).</param>
/// <param name="Height">Height in pixels of one frame, upright.</param>
/// <param name="Animated">More than one frame.</param>
internal sealed record ProbedImage(ImageFormat Format, int Width, int Height, bool Animated)
{
    /// <summary>Too small to matter for the fold or LCP: icons, bullets, spacers.</summary>
    public bool IsIcon => IconSize.Holds(Width, Height);
}
