using SiteOptimizer.Compression;

namespace SiteOptimizer.Caching;

/// <summary>
/// The .br and .gz siblings of text files by the hash of the file's bytes: Brotli at quality 11
/// costs far more than reading a cached copy. Thread-safe.
/// </summary>
internal sealed class PrecompressCache(ContentCache cache, PrecompressOptions options)
{
    private const string Kind = "precompress";

    private readonly string _settings = $"brotli={(options.Brotli ? BrotliCompression.Quality : 0)}/{BrotliCompression.Window};gzip={options.Gzip}";
    private readonly string _engine = ".NET " + Environment.Version;
    private int _hits;
    private int _misses;

    public int Hits => Volatile.Read(ref _hits);

    public int Misses => Volatile.Read(ref _misses);

    public PrecompressedSiblings Compress(Precompressor precompressor, byte[] original)
    {
        var key = CacheKey.For(Kind, _engine, _settings, ContentHash.Of(original));
        if (cache.Read(key) is { } payload)
        {
            if (FromBytes(payload.Span) is { } cached)
            {
                Interlocked.Increment(ref _hits);
                return cached;
            }
            cache.Discard(key);
        }
        Interlocked.Increment(ref _misses);
        var siblings = precompressor.Compress(original);
        cache.Write(key, ToBytes(siblings));
        return siblings;
    }

    private static byte[] ToBytes(PrecompressedSiblings siblings)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            foreach (var bytes in new[] { siblings.Brotli, siblings.Gzip })
            {
                writer.Write(bytes?.Length ?? -1);
                writer.Write(bytes ?? []);
            }
        }
        return stream.ToArray();
    }

    private static PrecompressedSiblings? FromBytes(ReadOnlySpan<byte> payload)
    {
        var parts = new byte[]?[2];
        for (var i = 0; i < parts.Length; i++)
        {
            if (payload.Length < sizeof(int))
            {
                return null;
            }
            var length = BitConverter.ToInt32(payload);
            payload = payload[sizeof(int)..];
            if (length > payload.Length)
            {
                return null;
            }
            parts[i] = length < 0 ? null : payload[..length].ToArray();
            payload = payload[Math.Max(length, 0)..];
        }
        return payload.IsEmpty ? new PrecompressedSiblings(parts[0], parts[1]) : null;
    }
}
