using System.Globalization;
using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli.Output;

/// <summary>
/// The end-of-run summary: bytes per file type, the files that saved most, load times before and
/// after with the pages that gained most, the changes held back and the pages that got slower
/// (counts and the worst few), and where the time went.
/// </summary>
internal static class SummaryWriter
{
    public const int TopCount = 5;

    public static async Task WriteAsync(TextWriter writer, OptimizationReport report, SiteEstimate? estimate = null)
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
            lines.Add(string.Create(culture, $"Also written: {report.Variants.Files} image variants ({ReportFormat.Bytes(report.Variants.Bytes)}) for <picture>, srcset and image-set(); {report.Precompressed.Files} .br/.gz siblings ({ReportFormat.Bytes(report.Precompressed.Bytes)})."));
        }
        lines.AddRange(TopSavings(report));
        if (estimate is { Pages.Count: > 0 })
        {
            lines.AddRange(LoadTimes(estimate, report.Graph.Root));
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

    private static IEnumerable<string> TopSavings(OptimizationReport report)
    {
        var top = ReportHighlights.TopSavings(report, TopCount);
        if (top.Count == 0)
        {
            yield break;
        }
        yield return "";
        yield return $"{"largest savings",-44}{"before",12}{"after",12}{"saved",12}";
        foreach (var file in top)
        {
            yield return $"{Shorten(file.Path),-44}{ReportFormat.Bytes(file.BytesBefore),12}{ReportFormat.Bytes(file.BytesAfter),12}{ReportFormat.Bytes(file.Saved),12}";
        }
    }

    private static IEnumerable<string> LoadTimes(SiteEstimate estimate, string siteRoot)
    {
        yield return "";
        yield return $"Load times on {estimate.Profile.Name}, median of {estimate.Pages.Count} pages (simulated):";
        yield return $"{"",-12}{"before",12}{"after",12}{"saved",12}";
        foreach (var figure in TimingSummary.Of(estimate))
        {
            yield return $"{figure.Metric,-12}{figure.Format(figure.Before),12}{figure.Format(figure.After),12}{figure.Format(figure.Saved),12}";
        }
        var top = ReportHighlights.TopPages(estimate, TopCount);
        if (top.Count > 0)
        {
            yield return "";
            yield return $"{"top pages (LCP)",-44}{"before",12}{"after",12}{"saved",12}";
            foreach (var page in top)
            {
                yield return $"{Shorten(ReportHighlights.PageName(page.Page, siteRoot)),-44}{ReportFormat.Milliseconds(page.Before.Metrics.LcpMs),12}{ReportFormat.Milliseconds(page.After.Metrics.LcpMs),12}{ReportFormat.Milliseconds(page.LcpSavedMs),12}";
            }
        }
        var withheld = ReportHighlights.Withheld(estimate);
        if (withheld.Count > 0)
        {
            var counts = string.Join(", ", ReportHighlights.WithheldCounts(estimate).Select(c => $"{ReportFormat.Change(c.Kind)} on {c.Pages}"));
            yield return "";
            yield return $"Held back on {withheld.Count} pages, as the estimate said they made those pages slower: {counts}. Costliest:";
            foreach (var page in withheld.Take(TopCount))
            {
                yield return $"  {ReportHighlights.PageName(page.Page, siteRoot)}: {ReportFormat.Withheld(page.Withheld)}";
            }
            if (withheld.Count > TopCount)
            {
                yield return $"  … and {withheld.Count - TopCount} more (the report lists them all).";
            }
        }
        var regressions = ReportHighlights.Regressions(estimate);
        if (regressions.Count > 0)
        {
            yield return "";
            yield return $"{regressions.Count} pages slower on LCP, FCP or load (+ is slower){(regressions.Count > TopCount ? "; the worst:" : ":")}";
        }
        foreach (var page in regressions.Take(TopCount))
        {
            yield return $"  slower: {ReportHighlights.PageName(page.Page, siteRoot)}: LCP {ReportFormat.Milliseconds(-page.LcpSavedMs)}, FCP {ReportFormat.Milliseconds(-page.FcpSavedMs)}, load {ReportFormat.Milliseconds(-page.LoadSavedMs)}";
        }
        if (regressions.Count > TopCount)
        {
            yield return $"  … and {regressions.Count - TopCount} more (the report lists them all).";
        }
    }

    // Long paths keep their end, where the file name is.
    private static string Shorten(string path) => path.Length <= 42 ? path : "…" + path[^41..];

    private static string Row(string type, int files, long before, long after) =>
        string.Create(CultureInfo.InvariantCulture, $"{type,-12}{files,7}{ReportFormat.Bytes(before),12}{ReportFormat.Bytes(after),12}{ReportFormat.Percent(ReportFormat.Saved(before, after)),9}");
}
