namespace SiteOptimizer.Imaging;

/// <summary>What optimizing one image produced.</summary>
/// <param name="Name">The image's path or URL, as given.</param>
/// <param name="SourceFormat">The format the bytes really are (not what the name says); null when not a raster image we handle.</param>
/// <param name="OriginalLength">The original size in bytes.</param>
/// <param name="Replacement">A smaller file in the source format, or null to keep the original.</param>
/// <param name="Variants">Smaller files in other formats (WebP, AVIF), by format.</param>
/// <param name="Frames">1 for a still image, the frame count for an animation.</param>
/// <param name="EncodeTime">Time this image took on its worker, for the serial-equivalent total.</param>
/// <param name="Problem">Why the original was kept as is, when it could not be processed; null when all went well.</param>
public sealed record ImageResult(
    string Name,
    ImageFormat? SourceFormat,
    long OriginalLength,
    EncodedImage? Replacement,
    IReadOnlyList<EncodedImage> Variants,
    int Frames,
    TimeSpan EncodeTime,
    string? Problem)
{
    /// <summary>The bytes a visitor downloads for this URL after optimizing.</summary>
    public long OutputLength => Replacement?.Bytes.LongLength ?? OriginalLength;

    /// <summary>Whether the image was refused unread for having more pixels than <see cref="ImageOptions.MaxPixels"/>.</summary>
    public bool OverPixelLimit { get; init; }
}
