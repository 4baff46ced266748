namespace SiteOptimizer.Tests.Support;

internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string SampleSite => Path.Combine(Root, "sample-site");

    private static string Find()
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
