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
    private const int Srgb = 22;

    public static double MeanDeltaE00(VipsImage reference, byte[] encoded, bool animated)
    {
        using var decoded = Decode(encoded, animated);
        return MeanDeltaE00(reference, decoded);
    }

    public static double MeanDeltaE00(VipsImage reference, VipsImage candidate)
    {
        using var left = Comparable(reference);
        using var right = Comparable(candidate);
        using var leftSeen = VipsOperations.Unary("gaussblur", left, "sigma=1.0");
        using var rightSeen = VipsOperations.Unary("gaussblur", right, "sigma=1.0");
        using var difference = VipsOperations.Binary("dE00", leftSeen, rightSeen);
        return VipsOperations.Statistic("avg", difference);
    }

    public static VipsImage Decode(byte[] encoded, bool animated)
    {
        var loader = VipsOperations.FindLoader(encoded) ?? throw new VipsException("encoded image is not readable");
        return VipsOperations.Load(loader, encoded, animated ? "n=-1" : "");
    }

    private static VipsImage Comparable(VipsImage image)
    {
        using var flat = image.HasAlpha ? VipsOperations.Unary("flatten", image, "background=255") : null;
        var source = flat ?? image;
        return VipsOperations.Unary("colourspace", source, $"space=srgb");
    }
}
