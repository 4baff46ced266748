namespace SiteOptimizer.Imaging.Vips;

/// <summary>libvips could not be loaded or started; the message says why and what to install.</summary>
public sealed class LibvipsNotFoundException(string reason) : Exception(
    "libvips could not be loaded (" + reason + "). " +
    "siteopt carries it for Linux (x64, arm64, glibc and musl), macOS (x64, arm64) and Windows (x64, x86, arm64) " +
    "in runtimes/<rid>/native/ (from the NetVips.Native packages); on another platform install libvips 8.14+ " +
    "where the system's loader finds it (Debian/Ubuntu: apt-get install libvips42).")
{
    /// <summary>What went wrong, as the loader reported it.</summary>
    public string Reason { get; } = reason;
}
