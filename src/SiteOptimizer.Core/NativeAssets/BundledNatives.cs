using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace SiteOptimizer.NativeAssets;

/// <summary>The folders that may hold the libvips and esbuild binaries shipped with siteopt: <c>runtimes/&lt;rid&gt;/native/</c>.</summary>
internal static class BundledNatives
{
    /// <summary>
    /// Beside this assembly first (inside MSBuild or another host, the application's base
    /// directory is the host's, not ours), then beside the application.
    /// </summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An ahead-of-time build has no assembly file; the empty location is skipped and the executable's folder is the base directory.")]
    public static IEnumerable<string> Folders()
    {
        var here = Path.GetDirectoryName(typeof(BundledNatives).Assembly.Location);
        return new[] { here, AppContext.BaseDirectory }
            .OfType<string>()
            .Where(directory => directory.Length > 0)
            .Distinct()
            .Select(directory => Path.Combine(directory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native"));
    }
}
