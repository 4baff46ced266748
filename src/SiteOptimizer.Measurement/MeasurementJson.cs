using System.Text.Json;
using System.Text.Json.Serialization;

namespace SiteOptimizer.Measurement;

/// <summary>
/// A measurement as JSON: the conditions, the medians and savings per page, and every load, so
/// an estimate can be calibrated or checked against it without running Chromium again.
/// </summary>
internal static class MeasurementJson
{
    /// <summary>How the sites were served, for whoever compares an estimate with these figures.</summary>
    public const string Host =
        "HTTPS with HTTP/2 on 127.0.0.1, one origin per site; a .br or .gz sibling when the site has one and the browser accepts it, else text (HTML, CSS, JS, JSON, SVG) gzipped on the fly at level 6, else the file as stored";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <param name="measurement">What was measured.</param>
    /// <param name="file">Where to write it.</param>
    /// <param name="comparison">Anything to add under <c>"prediction"</c> (the estimate and its errors), or null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(SiteMeasurement measurement, string file, object? comparison, CancellationToken cancellationToken)
    {
        var document = new
        {
            measurement.Browser,
            measurement.Conditions.Profile,
            measurement.Conditions.Device,
            measurement.Conditions.Shaping,
            Host,
            measurement.Runs,
            Pages = measurement.Pages.Select(page => new
            {
                page.Page,
                page.Before,
                page.After,
                Saved = new { page.FcpSavedMs, page.LcpSavedMs, page.LoadSavedMs },
                page.BeforeRuns,
                page.AfterRuns,
            }),
            Prediction = comparison,
        };
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, document, Options, cancellationToken).ConfigureAwait(false);
    }
}
