using System.Globalization;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.MSBuild;

/// <summary>The one line a publish prints about what was optimized.</summary>
internal static class RunSummary
{
    public static string Format(OptimizationReport report, string directory)
    {
        var saved = report.BytesBefore == 0 ? 0 : 100.0 * (report.BytesBefore - report.BytesAfter) / report.BytesBefore;
        return string.Format(
            CultureInfo.InvariantCulture,
            "SiteOptimizer: {0}: {1} images recompressed, {2} kept as they were; {3:0.00} MB → {4:0.00} MB ({5:0.0} % saved) in {6:0.00} s; {7} images encoded, {8} from the cache{9}",
            directory, report.ImagesOptimized, report.ImagesKept, report.BytesBefore / 1e6, report.BytesAfter / 1e6, saved, report.Wall.TotalSeconds,
            report.Encoding.Images, report.Encoding.FromCache, report.Cache is { } cache ? $" ({cache.Folder})" : "");
    }
}
