namespace SiteOptimizer.Pipeline;

/// <summary>The files of a built site on disk, in a stable order.</summary>
internal static class SiteFolder
{
    private static readonly EnumerationOptions s_walk = new()
    {
        RecurseSubdirectories = true,
        // Links are not followed: a link could lead out of the site, or in a circle.
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
    };

    /// <summary>Every file under <paramref name="root"/>, except those under <paramref name="excluded"/> (the output or the cache, when inside the source).</summary>
    public static IReadOnlyList<SiteFile> Files(string root, IEnumerable<string> excluded)
    {
        var fullRoot = Path.GetFullPath(root);
        var skip = excluded.Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar).ToList();
        return new DirectoryInfo(fullRoot)
            .EnumerateFiles("*", s_walk)
            .Where(file => !skip.Exists(folder => file.FullName.StartsWith(folder, StringComparison.Ordinal)))
            .Select(file => new SiteFile(Path.GetRelativePath(fullRoot, file.FullName).Replace('\\', '/'), file.Length, file.FullName))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
