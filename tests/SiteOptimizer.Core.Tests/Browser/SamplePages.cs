using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Browser;

/// <summary>Every HTML page of the sample site, as a URL path relative to its root (e.g. <c>blog/index.html</c>).</summary>
internal static class SamplePages
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. Directory.EnumerateFiles(TestPaths.SampleSite, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(TestPaths.SampleSite, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];
}
