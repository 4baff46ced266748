using System.Runtime.InteropServices;
using SiteOptimizer.NativeAssets;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// Finds libvips, in order: the <c>SITEOPTIMIZER_LIBVIPS</c> environment variable, the copy
/// bundled in <c>runtimes/&lt;rid&gt;/native/</c>, the system's <c>libvips.so.42</c>.
/// </summary>
internal static class VipsLibrary
{
    public const string EnvironmentVariable = "SITEOPTIMIZER_LIBVIPS";

    private static readonly Lazy<nint> s_handle = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where the loaded library came from, for <c>--version</c> and diagnostics.</summary>
    public static string? LoadedFrom { get; private set; }

    public static DllImportResolver Resolver { get; } = (libraryName, _, _) =>
        libraryName == VipsNative.Library ? s_handle.Value : 0;

    private static nint Load()
    {
        var tried = new List<string>();
        foreach (var candidate in Candidates())
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                LoadedFrom = candidate;
                return handle;
            }
            tried.Add(candidate);
        }
        throw new LibvipsNotFoundException(tried);
    }

    private static IEnumerable<string> Candidates()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            // An explicit choice is final: falling back silently would hide a typo.
            yield return fromEnvironment;
            yield break;
        }
        foreach (var bundled in BundledNatives.Folders())
        {
            if (Directory.Exists(bundled))
            {
                foreach (var file in Directory.EnumerateFiles(bundled, "libvips-cpp*").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
        }
        yield return OperatingSystem.IsMacOS() ? "libvips.42.dylib" : OperatingSystem.IsWindows() ? "libvips-42.dll" : "libvips.so.42";
    }
}
