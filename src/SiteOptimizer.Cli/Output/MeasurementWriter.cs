using System.Globalization;
using SiteOptimizer.Measurement;

namespace SiteOptimizer.Cli.Output;

/// <summary>The measured medians per page: FCP, LCP and load before, after and saved.</summary>
internal static class MeasurementWriter
{
    public static async Task WriteAsync(TextWriter writer, SiteMeasurement measurement)
    {
        var culture = CultureInfo.InvariantCulture;
        var conditions = measurement.Conditions;
        var profile = conditions.Profile;
        var device = conditions.Device;
        var lines = new List<string>
        {
            "",
            string.Create(culture, $"Measured in {measurement.Browser}: {profile.Name} ({profile.RttMs:0.#} ms RTT, {profile.DownloadKbps:0.#} Kbps down, CPU ×{profile.CpuSlowdown:0.#}), {device.Name} {device.Width}×{device.Height} at {device.DeviceScaleFactor:0.##}×, network shaped by {(conditions.Shaping == NetworkShaping.Server ? "the loopback servers" : "Chromium")}; medians of {measurement.Runs} before/after pairs, in seconds."),
            "",
            $"{"page",-28}{"FCP before",11}{"after",7}{"saved",7}{"LCP before",12}{"after",7}{"saved",7}{"load before",13}{"after",7}{"saved",7}",
        };
        foreach (var page in measurement.Pages)
        {
            lines.Add(string.Create(culture,
                $"{page.Page,-28}{Seconds(page.Before.FcpMs),11}{Seconds(page.After.FcpMs),7}{Seconds(page.FcpSavedMs),7}{Seconds(page.Before.LcpMs),12}{Seconds(page.After.LcpMs),7}{Seconds(page.LcpSavedMs),7}{Seconds(page.Before.LoadMs),13}{Seconds(page.After.LoadMs),7}{Seconds(page.LoadSavedMs),7}"));
        }
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static string Seconds(double ms) => (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture);
}
