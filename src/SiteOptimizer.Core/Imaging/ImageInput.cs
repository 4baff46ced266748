namespace SiteOptimizer.Imaging;

/// <summary>An image to optimize; its bytes are read on the worker that encodes it.</summary>
/// <param name="Name">A path or URL, used in results and diagnostics.</param>
/// <param name="ReadBytes">Reads the image's bytes.</param>
internal sealed record ImageInput(string Name, Func<byte[]> ReadBytes)
{
    /// <summary>Variants to make besides the in-place replacement.</summary>
    public ImageVariants Wanted { get; init; } = ImageVariants.None;

    /// <summary>The hash of the bytes, when the caller has read them already: a cache hit then needs no second read.</summary>
    public Caching.ContentHash? Content { get; init; }
}
