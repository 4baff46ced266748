using System.Text.Json.Serialization;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Reports;

/// <summary>Serialisation metadata for the report files, generated at build time (see <see cref="ReportJson.Options"/>).</summary>
[JsonSerializable(typeof(OptimizationReport))]
[JsonSerializable(typeof(ShardReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
