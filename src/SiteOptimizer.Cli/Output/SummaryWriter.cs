using System.Globalization;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Cli.Output;

/// <summary>The end-of-run summary: bytes per file type, and where the time went.</summary>
internal static class SummaryWriter
{
    public static async Task WriteAsync(TextWriter writer, OptimizationReport report)
    {
        var culture = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"Optimized {report.Source} → {report.Output}",
            string.Create(culture, $"{report.Files} files: {report.ImagesOptimized} images recompressed, {report.ImagesKept} kept as they were, {report.Files - report.ImagesOptimized - report.ImagesKept} other files"),
            "",
            $"{"type",-12}{"files",7}{"before",12}{"after",12}{"saved",9}",
        };
        lines.AddRange(report.Totals.Select(t => Row(t.Type.ToString().ToLowerInvariant(), t.Files, t.BytesBefore, t.BytesAfter)));
        lines.Add(Row("total", report.Files, report.BytesBefore, report.BytesAfter));
        if (report.Variants.Files > 0 || report.Precompressed.Files > 0)
        {
            lines.Add(string.Create(culture, $"Also written: {report.Variants.Files} image variants ({ByteSize.Format(report.Variants.Bytes)}) for <picture>, srcset and image-set(); {report.Precompressed.Files} .br/.gz siblings ({ByteSize.Format(report.Precompressed.Bytes)})."));
        }
        lines.Add("");
        var graph = report.Graph;
        var pages = graph.Resources.Count(r => r.IsPage && r.State == Graph.ResourceState.Fetched);
        var failed = graph.Resources.Count(r => r.State == Graph.ResourceState.Failed);
        lines.Add(string.Create(culture, $"Crawl: {graph.Resources.Count} URLs ({pages} pages), {failed} failed, {graph.Edges.Count} references; longest discovery chain {graph.LongestChain} requests."));
        var encoding = report.Encoding;
        lines.Add(encoding.Images == 0 && encoding.FromCache > 0
            ? string.Create(culture, $"Wall time {report.Wall.TotalSeconds:0.00} s. Encoding: none; all {encoding.FromCache} images came from the cache.")
            : string.Create(culture, $"Wall time {report.Wall.TotalSeconds:0.00} s. Encoding: {encoding.Images} images in {encoding.Wall.TotalSeconds:0.00} s on {encoding.DegreeOfParallelism} workers; one core alone would need {encoding.SerialEquivalent.TotalSeconds:0.00} s: speedup {encoding.Speedup:0.00}×."));
        if (report.Cache is { } cache)
        {
            lines.Add(string.Create(culture, $"Cache: {cache.ImageHits} images and {cache.TextHits} .br/.gz sets from {cache.Folder}; {cache.ImageMisses} images and {cache.TextMisses} text files new to it{(cache.CorruptEntries > 0 ? $"; {cache.CorruptEntries} damaged entries rebuilt" : "")}{(cache.EvictedEntries > 0 ? $"; {cache.EvictedEntries} least recently used entries removed" : "")}."));
        }
        if (report.Shards.Count > 0)
        {
            var shards = report.Shards.Select(s => s.Encoding).ToList();
            lines.Add(string.Create(culture, $"Shards: {report.Shards.Count} encoded {shards.Sum(e => e.Images)} images; one core alone would need {shards.Sum(e => e.SerialEquivalent.TotalSeconds):0.00} s; the slowest shard took {report.Shards.Max(s => s.Wall.TotalSeconds):0.00} s."));
        }
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static string Row(string type, int files, long before, long after)
    {
        var saved = before > 0 ? 1.0 - ((double)after / before) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{type,-12}{files,7}{ByteSize.Format(before),12}{ByteSize.Format(after),12}{saved,9:P1}");
    }
}
