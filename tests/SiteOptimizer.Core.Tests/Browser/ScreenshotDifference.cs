using NetVips;
using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// How much two screenshots of a page differ, as the eye would judge: the mean CIEDE2000
/// after a slight blur (<see cref="PerceptualDifference"/>, the metric the image encoder is
/// held to), and the fraction of pixels whose blurred ΔE00 exceeds <see cref="ChangedDeltaE"/>
/// — a moved, resized or missing element shows there even when the page-wide mean stays low.
/// Screenshots of different sizes are compared on a white canvas of the larger size.
/// </summary>
internal sealed record ScreenshotDifference(double MeanDeltaE00, double ChangedFraction, string Sizes)
{
    /// <summary>A pixel counts as changed above this ΔE00: far above what recompression does to a photo.</summary>
    public const double ChangedDeltaE = 10;

    /// <summary>
    /// Recompressing the sample site's images alone moved a page's mean by at most 0.27; with
    /// responsive images the browser also picks a narrower file and scales it differently, and
    /// the worst page (blog/picos-de-europa.html, three large photos) measured 0.56. A missing
    /// photo measures 0.93 but fails the changed-pixel limit; a missing stylesheet measures 35.
    /// </summary>
    public const double MaxMeanDeltaE00 = 1.0;

    /// <summary>
    /// Resampling a photo from a narrower srcset candidate changes up to 0.32 % of a page's pixels
    /// by more than <see cref="ChangedDeltaE"/> (picos-de-europa); a missing photo changes 1.9 %,
    /// an image shown at another width 21 %. 0.5 % lies between.
    /// </summary>
    public const double MaxChangedFraction = 0.005;

    /// <summary>Within what recompressing images does to a page: nothing moved, nothing missing.</summary>
    public bool LooksTheSame => MeanDeltaE00 <= MaxMeanDeltaE00 && ChangedFraction <= MaxChangedFraction;

    public static ScreenshotDifference Measure(byte[] referencePng, byte[] candidatePng)
    {
        using var reference = VipsOperations.Load("pngload_buffer", referencePng);
        using var candidate = VipsOperations.Load("pngload_buffer", candidatePng);
        var width = Math.Max(reference.Width, candidate.Width);
        var height = Math.Max(reference.Height, candidate.Height);
        using var left = Comparable(reference, width, height);
        using var right = Comparable(candidate, width, height);
        var sizes = $"{reference.Width}×{reference.Height} vs {candidate.Width}×{candidate.Height}";
        return new ScreenshotDifference(PerceptualDifference.MeanDeltaE00(left, right), FractionChanged(left, right), sizes);
    }

    public override string ToString() =>
        $"mean ΔE00 {MeanDeltaE00:0.000} (at most {MaxMeanDeltaE00}), {ChangedFraction:0.00000%} of pixels ΔE00 > {ChangedDeltaE} (at most {MaxChangedFraction:0.00%}), {Sizes}";

    private static double FractionChanged(Image left, Image right)
    {
        using var leftSeen = left.Gaussblur(1.0);
        using var rightSeen = right.Gaussblur(1.0);
        using var difference = leftSeen.DE00(rightSeen);
        using var changed = difference.RelationalConst(Enums.OperationRelational.More, [ChangedDeltaE]);
        return changed.Avg() / 255;
    }

    // Opaque sRGB on a white canvas of the common size; screenshots carry an alpha band.
    private static Image Comparable(Image image, int width, int height)
    {
        using var flat = image.HasAlpha() ? image.Flatten(background: [255.0]) : null;
        return (flat ?? image).Embed(0, 0, width, height, extend: Enums.Extend.White);
    }
}
