namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// Where the Chromium used by browser tests lives: <c>SITEOPTIMIZER_CHROMIUM</c> when set
/// (even to a path that does not exist, which is how a machine without Chromium is simulated),
/// else the Debian package's <c>/usr/bin/chromium</c>.
/// </summary>
internal static class ChromiumLocator
{
    public const string EnvironmentVariable = "SITEOPTIMIZER_CHROMIUM";

    public const string MissingReason =
        "Chromium not found (install the Debian package 'chromium' or set " + EnvironmentVariable + ")";

    private const string DebianPath = "/usr/bin/chromium";

    /// <summary>The executable, or null when there is none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var candidate = string.IsNullOrEmpty(configured) ? DebianPath : configured;
        return File.Exists(candidate) ? candidate : null;
    }
}
