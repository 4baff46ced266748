using System.Globalization;
using SiteOptimizer.Measurement.Accuracy;

namespace SiteOptimizer.Cli.Output;

/// <summary>Predicted beside measured savings per page, and the error figures of the prediction.</summary>
internal static class PredictionWriter
{
    public static async Task WriteAsync(TextWriter writer, PredictionCheck check)
    {
        var culture = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            "",
            "Saved: predicted by siteopt's estimate vs measured in Chromium, in seconds; error as % of measured.",
            "",
            $"{"page",-28}{"LCP predicted",14}{"measured",9}{"error",10}{"FCP predicted",15}{"measured",9}{"error",10}{"load predicted",16}{"measured",9}{"error",10}",
        };
        foreach (var (measured, predicted) in check.Pages)
        {
            lines.Add(predicted is null
                ? $"{measured.Page,-28}  (no estimate: the estimate did not reach this page from the index)"
                : string.Create(culture, $"{measured.Page,-28}{MeasurementWriter.Seconds(predicted.LcpSavedMs),14}{MeasurementWriter.Seconds(measured.LcpSavedMs),9}{Percent(check.Lcp, measured.Page),10}{MeasurementWriter.Seconds(predicted.FcpSavedMs),15}{MeasurementWriter.Seconds(measured.FcpSavedMs),9}{Percent(check.Fcp, measured.Page),10}{MeasurementWriter.Seconds(predicted.LoadSavedMs),16}{MeasurementWriter.Seconds(measured.LoadSavedMs),9}{Percent(check.Load, measured.Page),10}"));
        }
        lines.Add("");
        lines.AddRange(new[] { check.Lcp, check.Fcp, check.Load }.Select(Summary));
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static string Summary(ErrorFigures figures) => figures.Pages.Count == 0
        ? $"{figures.Figure} savings: no page has both a prediction and a measurement."
        : string.Create(CultureInfo.InvariantCulture,
            $"{figures.Figure} savings: median absolute error {Percent(figures.MedianErrorPercent)} of measured, worst {Percent(figures.Worst.ErrorPercent)} ({figures.Worst.Page}), sign right on {figures.SignsRight} of {figures.Pages.Count} pages.");

    private static string Percent(ErrorFigures figures, string page) =>
        figures.Pages.FirstOrDefault(error => error.Page == page) is { } error ? Percent(error.ErrorPercent) : "";

    private static string Percent(double value) =>
        double.IsFinite(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "∞";
}
