using NetVips;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Imaging;

/// <summary>
/// Mean CIEDE2000 colour difference between two images of the same size, after both are
/// blurred slightly the way the eye blurs fine detail at normal viewing distance (the idea of
/// S-CIELAB), so that noise in a busy texture counts less than a shift in a smooth area.
/// Transparent areas are compared as they look on white. Under 1 is hard to see side by side.
/// </summary>
internal static class PerceptualDifference
{
    public static double MeanDeltaE00(Image reference, byte[] encoded, bool animated)
    {
        using var decoded = Decode(encoded, animated);
        return MeanDeltaE00(reference, decoded);
    }

    public static double MeanDeltaE00(Image reference, Image candidate)
    {
        using var left = Comparable(reference);
        using var right = Comparable(candidate);
        using var leftSeen = left.Gaussblur(1.0);
        using var rightSeen = right.Gaussblur(1.0);
        using var difference = leftSeen.DE00(rightSeen);
        return difference.Avg();
    }

    public static Image Decode(byte[] encoded, bool animated)
    {
        var loader = VipsOperations.FindLoader(encoded) ?? throw new VipsException("encoded image is not readable");
        return VipsOperations.Load(loader, encoded, animated ? "n=-1" : "");
    }

    private static Image Comparable(Image image)
    {
        using var flat = image.HasAlpha() ? image.Flatten(background: [255.0]) : null;
        return (flat ?? image).Colourspace(Enums.Interpretation.Srgb);
    }
}
