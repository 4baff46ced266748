using SiteOptimizer.Caching;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Estimation;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Pipeline;

/// <summary>What a run did: sizes per file type, times, and every diagnostic.</summary>
/// <param name="Source">The source folder.</param>
/// <param name="Output">The output folder.</param>
/// <param name="Totals">Bytes before and after per file type, largest first.</param>
/// <param name="ImagesOptimized">Images written smaller than they were.</param>
/// <param name="ImagesKept">Images kept as they were (no gain, or a problem).</param>
/// <param name="Wall">Elapsed time for the whole run.</param>
/// <param name="Encoding">How long image encoding took and how well it used the cores.</param>
/// <param name="Diagnostics">Warnings and errors, ordered by file.</param>
/// <param name="Graph">Every resource found and how each is discovered.</param>
/// <param name="Variants">WebP, AVIF and narrower copies written for <c>&lt;picture&gt;</c>, <c>srcset</c> and <c>image-set()</c>.</param>
/// <param name="Precompressed">The .br and .gz siblings written.</param>
public sealed record OptimizationReport(
    string Source,
    string Output,
    IReadOnlyList<FileTypeTotals> Totals,
    int ImagesOptimized,
    int ImagesKept,
    TimeSpan Wall,
    EncodeTimings Encoding,
    IReadOnlyList<Diagnostic> Diagnostics,
    SiteGraph Graph,
    ExtraFiles Variants,
    ExtraFiles Precompressed)
{
    /// <summary>Every file written, before and after, by path.</summary>
    public IReadOnlyList<FileSizes> FileSizes { get; init; } = [];

    /// <summary>Every page's load simulated before and after (estimate.enabled); null when not estimated (a live site, --in-place).</summary>
    public SiteEstimate? Estimate { get; init; }

    /// <summary>How the run used the content cache; null when it used none.</summary>
    public CacheStatistics? Cache { get; init; }

    /// <summary>For <c>siteopt merge</c>: the shards whose encoding this run assembled.</summary>
    public IReadOnlyList<ShardReport> Shards { get; init; } = [];

    /// <summary>All files.</summary>
    public int Files => Totals.Sum(t => t.Files);

    /// <summary>Total bytes in the source.</summary>
    public long BytesBefore => Totals.Sum(t => t.BytesBefore);

    /// <summary>Total bytes in the output.</summary>
    public long BytesAfter => Totals.Sum(t => t.BytesAfter);
}
