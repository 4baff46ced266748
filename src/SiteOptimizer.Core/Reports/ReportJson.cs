using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Estimation;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Minification;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Reports;

/// <summary>
/// Writes <c>report.json</c>: the run's totals, timings, diagnostics and the whole site graph.
/// Names are camelCase, enums are strings, durations are milliseconds. The shape is documented
/// in the README.
/// </summary>
public static class ReportJson
{
    // The types' metadata is generated at build time (ReportJsonContext): reflecting over the
    // report's types cost a cold run more than the crawl's last round trip.
    internal static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        TypeInfoResolver = ReportJsonContext.Default,
        Converters =
        {
            new MillisecondsConverter(),
            CamelCase<ChangeKind>(), CamelCase<DiagnosticSeverity>(), CamelCase<DiscoveryKind>(), CamelCase<DiscoveryRule>(), CamelCase<FileType>(),
            CamelCase<ImageFormat>(), CamelCase<RequestPriority>(), CamelCase<ResourceState>(), CamelCase<ResourceType>(),
            CamelCase<TextAssetKind>(),
        },
    };

    internal static JsonTypeInfo<T> TypeInfoOf<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Serialises the report to <paramref name="stream"/>.</summary>
    public static Task WriteAsync(OptimizationReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        return JsonSerializer.SerializeAsync(stream, report, TypeInfoOf<OptimizationReport>(), cancellationToken);
    }

    /// <summary>Writes the report to a file, atomically (a temporary file renamed into place).</summary>
    public static Task WriteAsync(OptimizationReport report, string path, CancellationToken cancellationToken = default) =>
        WriteFileAsync(report, path, cancellationToken);

    internal static Task WriteFileAsync<T>(T value, string path, CancellationToken cancellationToken) =>
        ReportFile.WriteAsync(path, (file, token) => JsonSerializer.SerializeAsync(file, value, TypeInfoOf<T>(), token), cancellationToken);

    // Enums as camelCase strings; the generic converter needs no code generated at run time.
    private static JsonStringEnumConverter<T> CamelCase<T>() where T : struct, Enum => new(JsonNamingPolicy.CamelCase);

    private sealed class MillisecondsConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeSpan.FromMilliseconds(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(Math.Round(value.TotalMilliseconds, 1));
    }
}
