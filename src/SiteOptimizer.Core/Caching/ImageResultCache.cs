using System.Text.Json;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Caching;

/// <summary>
/// Optimized images by the hash of the original's bytes, under the image settings and the libvips
/// version that made them. Thread-safe; counts what it answered and what it could not.
/// </summary>
internal sealed class ImageResultCache(ContentCache cache, ImageOptions options)
{
    private const string Kind = "image";

    // Settings that do not change a byte of the output are left out of the key.
    private readonly string _settings = JsonSerializer.Serialize(options with { Concurrency = 0, Enabled = true }, OptimizerConfig.TypeInfoOf<ImageOptions>());
    private readonly string _engine = "libvips " + Libvips.Version;
    private int _hits;
    private int _misses;

    public int Hits => Volatile.Read(ref _hits);

    public int Misses => Volatile.Read(ref _misses);

    /// <summary>The cached result for an image whose hash is known before it is read, or null.</summary>
    public ImageResult? Find(ImageInput input) =>
        input.Content is { } content ? Find(input.Name, content, input.Wanted).Hit : null;

    /// <summary>
    /// The cached result for these bytes, or else the image optimized and stored. A stored entry
    /// that lacks some wanted variants is replaced by one holding both its variants and these.
    /// </summary>
    public (ImageResult Result, bool Cached) Optimize(ImageOptimizer optimizer, ImageInput input, byte[] bytes)
    {
        var content = ContentHash.Of(bytes);
        var (hit, stored) = Find(input.Name, content, input.Wanted);
        if (hit is not null)
        {
            return (hit, true);
        }
        Interlocked.Increment(ref _misses);
        var covers = stored is null ? input.Wanted : new ImageVariants(stored.OtherFormats || input.Wanted.OtherFormats, [.. stored.Widths.Union(input.Wanted.Widths)]);
        var result = optimizer.Optimize(input.Name, bytes, covers);
        var entry = new ImageCacheEntry(covers, result);
        cache.Write(KeyOf(content), entry.ToBytes());
        return (ReferenceEquals(covers, input.Wanted) ? result : entry.For(input.Name, input.Wanted) with { EncodeTime = result.EncodeTime }, false);
    }

    private (ImageResult? Hit, ImageVariants? Stored) Find(string name, ContentHash content, ImageVariants wanted)
    {
        var key = KeyOf(content);
        if (cache.Read(key) is not { } payload)
        {
            return (null, null);
        }
        if (ImageCacheEntry.FromBytes(payload) is not { } entry)
        {
            cache.Discard(key);
            return (null, null);
        }
        if (!entry.Answers(wanted))
        {
            return (null, entry.Covers);
        }
        Interlocked.Increment(ref _hits);
        return (entry.For(name, wanted), null);
    }

    private string KeyOf(ContentHash content) => CacheKey.For(Kind, _engine, _settings, content);
}
