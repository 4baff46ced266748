namespace SiteOptimizer.Bench;

/// <summary>Reads every JPEG under a folder, in ordinal path order (the order batch.mjs uses).</summary>
internal static class ImageFolder
{
    public static IReadOnlyList<ImageFile> LoadJpegs(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(IsJpeg)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => new ImageFile(name, File.ReadAllBytes(Path.Combine(root, name))))];

    private static bool IsJpeg(string path) =>
        path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase);
}
