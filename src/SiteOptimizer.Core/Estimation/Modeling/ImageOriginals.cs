using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>For each image of an optimized site, the image of the original site it was made from (itself, or the image a variant was made of).</summary>
internal static class ImageOriginals
{
    private static readonly string[] s_rasterExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

    public static Func<string, string?> Map(SiteFiles after, SiteFiles before)
    {
        var rasters = Directory.EnumerateFiles(after.Root, "*", SearchOption.AllDirectories)
            .Where(f => s_rasterExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(f => Path.GetRelativePath(after.Root, f).Replace('\\', '/'))
            .ToList();
        var originalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (original, variants) in VariantNames.Existing(rasters))
        {
            foreach (var variant in variants)
            {
                originalOf[variant] = original;
            }
        }
        return path => before.Exists(path) ? path : originalOf.TryGetValue(path, out var original) && before.Exists(original) ? original : null;
    }

    public static bool IsRaster(string path) => s_rasterExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());
}
