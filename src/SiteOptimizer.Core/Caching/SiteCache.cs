using SiteOptimizer.Configuration;

namespace SiteOptimizer.Caching;

/// <summary>
/// The caches one run uses, over one folder. A run without a persistent cache that needs one
/// anyway (a live site: the mirror's images are asked for again by the rewrite of its pages)
/// gets a temporary folder, deleted when the run ends.
/// </summary>
internal sealed class SiteCache
{
    private const long Megabyte = 1024 * 1024;

    private readonly ContentCache _store;
    private readonly bool _temporary;
    private readonly Lazy<ImageResultCache> _images;

    private SiteCache(ContentCache store, OptimizerOptions options, bool temporary)
    {
        _store = store;
        _temporary = temporary;
        // Made on first use: the key names the libvips version, and a run without images never loads libvips.
        _images = new(() => new ImageResultCache(store, options.Images));
        Texts = new PrecompressCache(store, options.Precompress);
    }

    /// <summary>The cache folder: never part of the site, even when it lies inside it.</summary>
    public string Folder => _store.Root;

    public ImageResultCache Images => _images.Value;

    public PrecompressCache Texts { get; }

    /// <summary>
    /// The configured cache; with none configured, a temporary one when <paramref name="needed"/>, else null.
    /// A run that needs to write one gets a temporary one rather than a read-only one.
    /// </summary>
    public static SiteCache? Open(OptimizerOptions options, bool needed)
    {
        var cache = options.Cache;
        if (cache.Enabled && cache.Path is { } path && !(cache.ReadOnly && needed))
        {
            return new SiteCache(new ContentCache(path, cache.MaxSizeMb * Megabyte, cache.ReadOnly), options, temporary: false);
        }
        return needed
            ? new SiteCache(new ContentCache(Directory.CreateTempSubdirectory("siteopt-cache-").FullName, long.MaxValue), options, temporary: true)
            : null;
    }

    /// <summary>Trims the cache to its size (or deletes a temporary one) and says how it was used; null for a temporary one.</summary>
    public CacheStatistics? Close()
    {
        if (_temporary)
        {
            try
            {
                Directory.Delete(_store.Root, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Left in the temp folder: the system cleans it, and the run's result stands.
            }
            return null;
        }
        var evicted = _store.Trim();
        var images = _images.IsValueCreated ? _images.Value : null;
        return new CacheStatistics(_store.Root, images?.Hits ?? 0, images?.Misses ?? 0, Texts.Hits, Texts.Misses, _store.CorruptEntries, evicted);
    }
}
