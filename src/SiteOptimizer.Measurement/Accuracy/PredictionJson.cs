namespace SiteOptimizer.Measurement.Accuracy;

/// <summary>The <c>"prediction"</c> part of a measurement's JSON: the estimate per page and its error figures.</summary>
internal static class PredictionJson
{
    public static PredictionDocument Of(PredictionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new PredictionDocument(
            Pages: check.Pages.Where(page => page.Predicted is not null).Select(page => new PredictedPageDocument(
                page.Measured.Page,
                page.Predicted!.Before.Metrics,
                page.Predicted.After.Metrics,
                new SavedMilliseconds(page.Predicted.FcpSavedMs, page.Predicted.LcpSavedMs, page.Predicted.LoadSavedMs),
                new LcpElements(page.Predicted.Before.LcpElement, page.Predicted.After.LcpElement))),
            NotEstimated: check.Pages.Where(page => page.Predicted is null).Select(page => page.Measured.Page),
            Errors: new[] { check.Fcp, check.Lcp, check.Load }.Where(figures => figures.Pages.Count > 0).Select(figures => new ErrorFiguresDocument(
                figures.Figure,
                Finite(figures.MedianErrorPercent),
                Finite(figures.Worst.ErrorPercent),
                figures.Worst.Page,
                figures.SignsRight,
                figures.Pages.Count,
                figures.Pages.Select(page => new PageErrorDocument(page.Page, page.PredictedMs, page.MeasuredMs, Finite(page.ErrorPercent), page.SignAgrees)))));
    }

    // JSON has no infinity: a prediction of a saving where none was measured is written as null.
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
