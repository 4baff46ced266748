namespace SiteOptimizer.Tests.Support;

/// <summary>Locations in the repository that tests read (never write).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SampleSite => Path.Combine(RepoRoot, "sample-site");

    public static string SamplePhoto(string name) => Path.Combine(SampleSite, "images", "gallery", name);

    public static string SampleImage(string relativePath) => Path.Combine(SampleSite, relativePath);

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SiteOptimizer.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("SiteOptimizer.sln not found above " + AppContext.BaseDirectory);
    }
}
