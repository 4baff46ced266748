using NetVips;
using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Tells the variants an earlier run wrote from the author's own files that happen to have a
/// variant's name (a hand-made <c>photo.webp</c> beside <c>photo.jpg</c>). The files named after
/// one image are taken to be ours only when each is what siteopt would have written, the
/// original's size at full width (the aspect ratio kept, to the pixel, at a narrower one), and
/// a full-width one shows the same picture (their 32 × 32 thumbnails differ by less than
/// <see cref="SamePicture"/> ΔE00). One such comparison per image is enough: siteopt writes no
/// variant for an image when any of its variant names is the author's, so those files are all
/// ours or none is. The cheapest file to decode is compared (AVIF has no shrink-on-load).
/// </summary>
internal static class ExistingVariants
{
    private const int Thumbnail = 32;
    private const double SamePicture = 4.0;

    /// <param name="named">Files named like variants, by the original they would belong to (<see cref="VariantNames.Existing"/>).</param>
    /// <param name="probe">Reads a site image's header.</param>
    /// <param name="read">Reads a site file.</param>
    /// <returns>The variants that are ours, and the originals some of whose variant names the author's files hold.</returns>
    public static (Dictionary<string, List<string>> Ours, HashSet<string> NamesTaken) Sort(
        Dictionary<string, List<string>> named, Func<string, ProbedImage?> probe, Func<string, byte[]> read)
    {
        var verdicts = named.AsParallel().AsOrdered()
            .Select(pair => (Original: pair.Key, Variants: pair.Value, IsOurs: AreOurs(pair.Key, pair.Value, probe, read)))
            .ToList();
        var ours = verdicts.Where(v => v.IsOurs).ToDictionary(v => v.Original, v => v.Variants, StringComparer.Ordinal);
        var taken = verdicts.Where(v => !v.IsOurs).Select(v => v.Original).ToHashSet(StringComparer.Ordinal);
        return (ours, taken);
    }

    private static bool AreOurs(string original, List<string> variants, Func<string, ProbedImage?> probe, Func<string, byte[]> read)
    {
        if (probe(original) is not { } source || variants.Any(v => !HasOurSize(source, probe(v))))
        {
            return false;
        }
        var fullWidth = variants.Where(v => probe(v)!.Width == source.Width).OrderBy(v => v.EndsWith(".avif", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        return fullWidth is null || LookAlike(read(original), read(fullWidth));
    }

    private static bool HasOurSize(ProbedImage source, ProbedImage? candidate) =>
        candidate is not null && candidate.Animated == source.Animated && (candidate.Width == source.Width
            ? candidate.Height == source.Height
            // A narrower variant: the height the resize gives, give or take rounding.
            : candidate.Width < source.Width && Math.Abs(candidate.Height - (double)candidate.Width * source.Height / source.Width) <= 1);

    private static bool LookAlike(byte[] original, byte[] variant)
    {
        try
        {
            using var left = Thumbnail32(original);
            using var right = Thumbnail32(variant);
            return PerceptualDifference.MeanDeltaE00(left, right) < SamePicture;
        }
        catch (VipsException)
        {
            return false;
        }
    }

    private static Image Thumbnail32(byte[] bytes)
    {
        VipsRuntime.EnsureStarted();
        return Image.ThumbnailBuffer(bytes, Thumbnail, height: Thumbnail, size: Enums.Size.Force);
    }
}
