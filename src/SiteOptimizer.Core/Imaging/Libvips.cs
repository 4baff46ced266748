using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Imaging;

/// <summary>Which libvips this process uses.</summary>
public static class Libvips
{
    /// <summary>Loads libvips if needed and returns its version, e.g. "8.18.7".</summary>
    /// <exception cref="LibvipsNotFoundException">No usable library was found.</exception>
    public static string Version => VipsRuntime.Version;

    /// <summary>The file libvips was loaded from (loading it if needed), or null when the system does not say.</summary>
    public static string? LoadedFrom => VipsRuntime.LoadedFrom;
}
