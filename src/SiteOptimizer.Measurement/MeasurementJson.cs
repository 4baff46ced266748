using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SiteOptimizer.Measurement.Accuracy;
using SiteOptimizer.Measurement.Hosting;

namespace SiteOptimizer.Measurement;

/// <summary>
/// A measurement as JSON: the conditions, the medians and savings per page, and every load, so
/// an estimate can be calibrated or checked against it without running Chromium again.
/// </summary>
internal static class MeasurementJson
{
    /// <summary>How the sites were served, for whoever compares an estimate with these figures.</summary>
    public const string Host =
        "HTTPS on 127.0.0.1 (HTTP/2 when the profile says so, else HTTP/1.1), one origin per site; a .br or .gz sibling when the site has one and the browser accepts it, else text (HTML, CSS, JS, JSON, SVG) gzipped on the fly at level 6, else the file as stored";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        TypeInfoResolver = MeasurementJsonContext.Default,
        Converters = { new JsonStringEnumConverter<NetworkShaping>(JsonNamingPolicy.CamelCase) },
    };

    /// <param name="measurement">What was measured.</param>
    /// <param name="file">Where to write it.</param>
    /// <param name="prediction">The estimate and its errors, written under <c>"prediction"</c>, or null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(SiteMeasurement measurement, string file, PredictionDocument? prediction, CancellationToken cancellationToken)
    {
        var document = new MeasurementDocument(
            measurement.Browser,
            measurement.Conditions.Profile,
            NetworkLink.BytesPerSecond(measurement.Conditions.Profile.DownloadKbps),
            measurement.Conditions.Device,
            measurement.Conditions.Shaping,
            Host,
            measurement.Runs,
            measurement.Lanes,
            measurement.Pages.Select(page => new MeasuredPageDocument(
                page.Page,
                page.Before,
                page.After,
                new SavedMilliseconds(page.FcpSavedMs, page.LcpSavedMs, page.LoadSavedMs),
                page.BeforeRuns,
                page.AfterRuns)),
            prediction);
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        await using var stream = File.Create(file);
        var typeInfo = (JsonTypeInfo<MeasurementDocument>)Options.GetTypeInfo(typeof(MeasurementDocument));
        await JsonSerializer.SerializeAsync(stream, document, typeInfo, cancellationToken).ConfigureAwait(false);
    }
}
