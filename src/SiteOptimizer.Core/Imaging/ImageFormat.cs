namespace SiteOptimizer.Imaging;

/// <summary>The raster formats SiteOptimizer reads and writes.</summary>
public enum ImageFormat
{
    /// <summary>JPEG.</summary>
    Jpeg,
    /// <summary>PNG.</summary>
    Png,
    /// <summary>WebP, still or animated.</summary>
    WebP,
    /// <summary>AVIF (AV1 in HEIF).</summary>
    Avif,
    /// <summary>GIF, still or animated.</summary>
    Gif,
}
