using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// The sites the page comparison runs over: the sample site and every fixture site under
/// <c>TestData/Sites</c>; or, when <see cref="FoldersVariable"/> is set (bench/pages.sh sets it),
/// the folders it lists instead, separated by the platform's path separator.
/// </summary>
internal static class PageSites
{
    public const string FoldersVariable = "SITEOPT_PAGE_SITES";

    public static string FixtureRoot => Path.Combine(TestPaths.RepoRoot, "tests", "SiteOptimizer.Core.Tests", "TestData", "Sites");

    public static IReadOnlyList<PageSite> All { get; } = Load();

    public static PageSite Named(string name) => All.Single(site => site.Name == name);

    private static List<PageSite> Load()
    {
        var folders = Environment.GetEnvironmentVariable(FoldersVariable) is { Length: > 0 } listed
            ? listed.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [TestPaths.SampleSite, .. Directory.EnumerateDirectories(FixtureRoot).Order(StringComparer.Ordinal)];
        return [.. folders.Select(PageSite.Open).Where(site => site.Pages.Count > 0)];
    }
}
