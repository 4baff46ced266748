namespace SiteOptimizer.Compression;

/// <summary>
/// Makes the <c>.br</c> and <c>.gz</c> siblings that static hosts serve instead of compressing
/// on the fly (nginx <c>gzip_static</c>/<c>brotli_static</c>, Netlify, Caddy <c>precompressed</c>).
/// A pure function of the bytes: thread-safe, and the same input always gives the same output.
/// </summary>
internal sealed class Precompressor(PrecompressOptions options)
{
    public const string BrotliSuffix = ".br";

    public const string GzipSuffix = ".gz";

    private readonly HashSet<string> _extensions = new(options.Extensions, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file of this name and size gets siblings at all.</summary>
    public bool Applies(string path, long length) =>
        (options.Brotli || options.Gzip) && length >= options.MinBytes && _extensions.Contains(Path.GetExtension(path));

    /// <summary>The siblings that are smaller than <paramref name="original"/>, as configured.</summary>
    public PrecompressedSiblings Compress(ReadOnlySpan<byte> original)
    {
        var brotli = options.Brotli ? SmallerThan(BrotliCompression.Compress(original), original.Length) : null;
        var gzip = options.Gzip ? SmallerThan(GzipCompression.Compress(original), original.Length) : null;
        return brotli is null && gzip is null ? PrecompressedSiblings.None : new PrecompressedSiblings(brotli, gzip);
    }

    private static byte[]? SmallerThan(byte[] compressed, int length) => compressed.Length < length ? compressed : null;
}
