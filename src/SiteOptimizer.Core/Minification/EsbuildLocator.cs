using SiteOptimizer.NativeAssets;

namespace SiteOptimizer.Minification;

/// <summary>
/// Finds the esbuild executable, in order: the <c>SITEOPTIMIZER_ESBUILD</c> environment
/// variable, the copy the build puts in <c>runtimes/&lt;rid&gt;/native/</c> (beside this
/// assembly, then beside the application), an <c>esbuild</c> on the <c>PATH</c>.
/// </summary>
internal static class EsbuildLocator
{
    public const string EnvironmentVariable = "SITEOPTIMIZER_ESBUILD";

    private static readonly Lazy<string> s_found = new(() => Find(Environment.GetEnvironmentVariable(EnvironmentVariable)));

    /// <summary>The esbuild to use; throws <see cref="EsbuildNotFoundException"/> when there is none.</summary>
    public static string Executable => s_found.Value;

    internal static string Find(string? fromEnvironment)
    {
        var tried = new List<string>();
        foreach (var candidate in Candidates(fromEnvironment))
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
            tried.Add(candidate);
        }
        throw new EsbuildNotFoundException(tried);
    }

    private static IEnumerable<string> Candidates(string? fromEnvironment)
    {
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            // An explicit choice is final: falling back silently would hide a typo.
            yield return fromEnvironment;
            yield break;
        }
        var fileName = OperatingSystem.IsWindows() ? "esbuild.exe" : "esbuild";
        foreach (var bundled in BundledNatives.Folders())
        {
            yield return Path.Combine(bundled, fileName);
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return Path.Combine(directory, fileName);
        }
    }
}
