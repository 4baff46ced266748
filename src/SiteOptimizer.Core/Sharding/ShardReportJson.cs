using System.Text.Json;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Sharding;

/// <summary>A shard's report as a JSON file: written by <c>siteopt optimize --shard</c>, read by <c>siteopt merge</c>.</summary>
public static class ShardReportJson
{
    /// <summary>Writes the report to a file, atomically.</summary>
    public static Task WriteAsync(ShardReport report, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReportJson.WriteFileAsync(report, path, cancellationToken);
    }

    /// <summary>Reads a shard report.</summary>
    /// <exception cref="IOException">The file cannot be read or is not a shard report.</exception>
    public static ShardReport Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            var report = JsonSerializer.Deserialize(File.ReadAllBytes(path), ReportJson.TypeInfoOf<ShardReport>());
            return report is { Shard: not null, Encoding: not null } && ShardSpec.TryParse(report.Shard) is not null
                ? report
                : throw new IOException($"{path} is not a siteopt shard report.");
        }
        catch (JsonException error)
        {
            throw new IOException($"{path} is not a siteopt shard report: {error.Message}", error);
        }
    }
}
