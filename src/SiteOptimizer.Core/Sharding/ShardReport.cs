using SiteOptimizer.Caching;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Sharding;

/// <summary>What one shard did: the images it encoded into the cache, and their problems.</summary>
/// <param name="Shard">Which shard, as <c>i/n</c>.</param>
/// <param name="Source">The site folder.</param>
/// <param name="Wall">Elapsed time for the shard's whole run.</param>
/// <param name="Encoding">The shard's encoding: images, times, cores used.</param>
/// <param name="Cache">How the shard used the cache (images already there are not encoded again).</param>
/// <param name="Diagnostics">Warnings about the shard's images.</param>
public sealed record ShardReport(
    string Shard,
    string Source,
    TimeSpan Wall,
    EncodeTimings Encoding,
    CacheStatistics? Cache,
    IReadOnlyList<Diagnostic> Diagnostics);
