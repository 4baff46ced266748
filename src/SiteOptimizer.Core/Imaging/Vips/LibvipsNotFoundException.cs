namespace SiteOptimizer.Imaging.Vips;

/// <summary>No usable libvips library was found; the message says what to install.</summary>
public sealed class LibvipsNotFoundException(IReadOnlyList<string> tried) : Exception(
    "libvips could not be loaded (tried: " + string.Join(", ", tried) + "). " +
    "Build SiteOptimizer with Node.js installed so 'npm ci' can fetch the bundled copy (@img/sharp-libvips), " +
    "install the system package (Debian/Ubuntu: apt-get install libvips42), " +
    "or point " + VipsLibrary.EnvironmentVariable + " at a libvips 8.14+ library.")
{
    /// <summary>The file names and paths that were tried, in order.</summary>
    public IReadOnlyList<string> Tried { get; } = tried;
}
