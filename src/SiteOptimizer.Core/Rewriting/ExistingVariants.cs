using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Tells the variants an earlier run wrote from the author's own files that happen to have a
/// variant's name (a hand-made <c>photo.webp</c> beside <c>photo.jpg</c>). A file is taken to be
/// ours only when it is what siteopt would have written: the original's size at full width
/// (the aspect ratio kept, to the pixel, at a narrower one), and, for a full-width file, the
/// same picture (their 32 × 32 thumbnails differ by less than <see cref="SamePicture"/> ΔE00).
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
        var ours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var verdicts = named.SelectMany(pair => pair.Value.Select(variant => (Original: pair.Key, Variant: variant)))
            .AsParallel().AsOrdered()
            .Select(p => (p.Original, p.Variant, IsOurs: IsOurs(p.Original, p.Variant, probe, read)))
            .ToList();
        foreach (var (original, variant, isOurs) in verdicts)
        {
            if (isOurs)
            {
                (ours.TryGetValue(original, out var list) ? list : ours[original] = []).Add(variant);
            }
            else
            {
                taken.Add(original);
            }
        }
        return (ours, taken);
    }

    private static bool IsOurs(string original, string variant, Func<string, ProbedImage?> probe, Func<string, byte[]> read)
    {
        if (probe(original) is not { } source || probe(variant) is not { } candidate || candidate.Animated != source.Animated)
        {
            return false;
        }
        if (candidate.Width != source.Width)
        {
            // A narrower variant: the height the resize gives, give or take rounding.
            return candidate.Width < source.Width && Math.Abs(candidate.Height - (double)candidate.Width * source.Height / source.Width) <= 1;
        }
        return candidate.Height == source.Height && LookAlike(read(original), read(variant));
    }

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

    private static VipsImage Thumbnail32(byte[] bytes)
    {
        using var operation = new VipsOperation("thumbnail_buffer")
            .SetBlob("buffer", bytes)
            .Set("width", Thumbnail)
            .Set("height", Thumbnail)
            .SetOptions("size=force")
            .Build();
        return operation.GetImage("out");
    }
}
