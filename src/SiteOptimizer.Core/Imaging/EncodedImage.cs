namespace SiteOptimizer.Imaging;

/// <summary>One encoding of an image that is smaller than the original.</summary>
/// <param name="Format">The format of <paramref name="Bytes"/>.</param>
/// <param name="Bytes">The encoded file.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels (of one frame).</param>
public sealed record EncodedImage(ImageFormat Format, byte[] Bytes, int Width, int Height);
