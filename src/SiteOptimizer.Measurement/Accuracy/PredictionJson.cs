namespace SiteOptimizer.Measurement.Accuracy;

/// <summary>The <c>"prediction"</c> part of a measurement's JSON: the estimate per page and its error figures.</summary>
internal static class PredictionJson
{
    public static object Of(PredictionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new
        {
            Pages = check.Pages.Where(page => page.Predicted is not null).Select(page => new
            {
                page.Measured.Page,
                Before = page.Predicted!.Before.Metrics,
                After = page.Predicted.After.Metrics,
                Saved = new { page.Predicted.FcpSavedMs, page.Predicted.LcpSavedMs, page.Predicted.LoadSavedMs },
                LcpElement = new { Before = page.Predicted.Before.LcpElement, After = page.Predicted.After.LcpElement },
            }),
            NotEstimated = check.Pages.Where(page => page.Predicted is null).Select(page => page.Measured.Page),
            Errors = new[] { check.Fcp, check.Lcp, check.Load }.Where(figures => figures.Pages.Count > 0).Select(figures => new
            {
                figures.Figure,
                MedianErrorPercent = Finite(figures.MedianErrorPercent),
                WorstErrorPercent = Finite(figures.Worst.ErrorPercent),
                WorstPage = figures.Worst.Page,
                figures.SignsRight,
                Pages = figures.Pages.Count,
                PerPage = figures.Pages.Select(page => new { page.Page, page.PredictedMs, page.MeasuredMs, ErrorPercent = Finite(page.ErrorPercent), page.SignAgrees }),
            }),
        };
    }

    // JSON has no infinity: a prediction of a saving where none was measured is written as null.
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
