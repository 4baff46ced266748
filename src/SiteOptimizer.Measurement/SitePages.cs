namespace SiteOptimizer.Measurement;

/// <summary>The pages a measurement loads: every HTML file the site before and the site after both have.</summary>
internal static class SitePages
{
    public static IReadOnlyList<string> Common(string before, string after) =>
    [
        .. Directory.EnumerateFiles(before, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(before, file).Replace('\\', '/'))
            .Where(page => File.Exists(Path.Combine(after, page)))
            .Order(StringComparer.Ordinal),
    ];
}
