namespace SiteOptimizer.Compression;

/// <summary>The precompressed siblings worth writing beside one file; each is null when it would not be smaller.</summary>
/// <param name="Brotli">The bytes of <c>name.ext.br</c>, or null.</param>
/// <param name="Gzip">The bytes of <c>name.ext.gz</c>, or null.</param>
internal sealed record PrecompressedSiblings(byte[]? Brotli, byte[]? Gzip)
{
    public static PrecompressedSiblings None { get; } = new(null, null);
}
