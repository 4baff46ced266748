using SiteOptimizer.Estimation.Layout;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The size Chromium gives an image (an <c>&lt;img&gt;</c> or a background) when it picks the LCP
/// element: the area of it inside the viewport, scaled down when the image is shown larger than
/// its natural size; zero — not a candidate — when it fills the whole viewport (Chromium takes
/// that for a background, not content) or when it carries under 0.05 bits per pixel of that
/// area (a placeholder, a flat colour).
/// </summary>
internal static class ImageLcpSize
{
    private const double MinimumBitsPerPixel = 0.05;

    /// <param name="box">Where the element is.</param>
    /// <param name="natural">The image's natural size, when known.</param>
    /// <param name="bytes">The image file's size.</param>
    /// <param name="viewportWidth">The viewport's width, CSS px.</param>
    /// <param name="viewportHeight">The viewport's height, CSS px.</param>
    public static double Of(LayoutBox box, ProbedImage? natural, long bytes, double viewportWidth, double viewportHeight)
    {
        var visible = Math.Min(box.Width, viewportWidth) * (box.VisibleArea(viewportHeight) / Math.Max(box.Width, 1e-9));
        if (visible <= 0 || visible >= viewportWidth * viewportHeight - 1)
        {
            return 0;
        }
        var displayed = box.Width * box.Height;
        if (natural is { } image && displayed > 0)
        {
            visible *= Math.Min(1, image.Width * (double)image.Height / displayed);
        }
        return bytes * 8 / visible < MinimumBitsPerPixel ? 0 : visible;
    }
}
