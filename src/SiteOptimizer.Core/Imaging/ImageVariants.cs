namespace SiteOptimizer.Imaging;

/// <summary>What to make of an image besides its in-place replacement.</summary>
/// <param name="OtherFormats">WebP and AVIF copies (as configured), at every width.</param>
/// <param name="Widths">Smaller widths for <c>srcset</c>; those not narrower than the image are ignored.</param>
internal sealed record ImageVariants(bool OtherFormats, IReadOnlyList<int> Widths)
{
    public static readonly ImageVariants None = new(false, []);
}
