namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// Where bench/pages.sh collects the figures: when <see cref="FileVariable"/> names a file, each
/// comparison appends a line to it (site, then <see cref="PageComparison.ReportLine"/>).
/// </summary>
internal static class PageComparisonReport
{
    public const string FileVariable = "SITEOPT_PAGE_REPORT";

    private static readonly Lock Writing = new();

    public static void Add(string site, PageComparison comparison)
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } file)
        {
            return;
        }
        lock (Writing)
        {
            File.AppendAllText(file, site + "\t" + comparison.ReportLine() + "\n");
        }
    }
}
