using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Where an image's variants are written, beside it: <c>hero.jpg</c> → <c>hero.avif</c>,
/// <c>hero.webp</c>, <c>hero-640w.jpg</c>, <c>hero-640w.avif</c>… A site file that already has
/// such a name (from an earlier run, or made by hand) is taken to be that variant.
/// </summary>
internal static class VariantNames
{
    public static string For(string imagePath, EncodedImage variant, int originalWidth) =>
        For(imagePath, variant.Format, variant.Width == originalWidth ? null : variant.Width);

    public static string For(string imagePath, ImageFormat format, int? width)
    {
        var (directory, stem, _) = Split(imagePath);
        var suffix = width is { } w ? $"-{w}w" : "";
        return $"{directory}{stem}{suffix}{format.Extension()}";
    }

    /// <summary>
    /// The site's raster files that are variants of another of its images, by the names
    /// <see cref="For(string, ImageFormat, int?)"/> gives, keyed by that image.
    /// </summary>
    public static Dictionary<string, List<string>> Existing(IReadOnlyCollection<string> rasterPaths)
    {
        var byStem = rasterPaths.ToLookup(p => { var (directory, stem, _) = Split(p); return directory + stem; }, StringComparer.Ordinal);
        var variants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in rasterPaths)
        {
            var (directory, stem, _) = Split(path);
            var baseStem = WithoutWidth(stem);
            var hasWidth = baseStem != stem;
            if (!hasWidth && !IsModernFormat(path))
            {
                continue; // a JPEG, PNG or GIF without a width suffix is an original
            }
            // Its original: the image of the same name without the width, preferably not AVIF/WebP.
            var original = byStem[directory + baseStem]
                .Where(c => c != path && (hasWidth || !IsModernFormat(c)))
                .OrderBy(IsModernFormat)
                .FirstOrDefault();
            if (original is not null)
            {
                (variants.TryGetValue(original, out var list) ? list : variants[original] = []).Add(path);
            }
        }
        return variants;
    }

    private static bool IsModernFormat(string path) => Path.GetExtension(path).ToLowerInvariant() is ".avif" or ".webp";

    // "hero-640w" → "hero"; anything else as it is.
    private static string WithoutWidth(string stem)
    {
        var dash = stem.LastIndexOf('-');
        return dash > 0 && stem.EndsWith('w') && stem.Length - dash > 2 && stem[(dash + 1)..^1].All(char.IsAsciiDigit) ? stem[..dash] : stem;
    }

    private static (string Directory, string Stem, string Extension) Split(string path)
    {
        var directory = path.LastIndexOf('/') is var slash and >= 0 ? path[..(slash + 1)] : "";
        var file = path[directory.Length..];
        var extension = Path.GetExtension(file);
        return (directory, file[..^extension.Length], extension.ToLowerInvariant());
    }
}
