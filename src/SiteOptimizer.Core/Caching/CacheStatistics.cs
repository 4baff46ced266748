namespace SiteOptimizer.Caching;

/// <summary>How a run used the content cache.</summary>
/// <param name="Folder">The cache folder.</param>
/// <param name="ImageHits">Images whose results came from the cache.</param>
/// <param name="ImageMisses">Images that were encoded (and stored).</param>
/// <param name="TextHits">Text files whose .br/.gz siblings came from the cache.</param>
/// <param name="TextMisses">Text files that were compressed (and stored).</param>
/// <param name="CorruptEntries">Damaged entries found, deleted and rebuilt.</param>
/// <param name="EvictedEntries">Least recently used entries removed to keep the cache within its size.</param>
public sealed record CacheStatistics(string Folder, int ImageHits, int ImageMisses, int TextHits, int TextMisses, int CorruptEntries, int EvictedEntries);
