namespace SiteOptimizer.Measurement.Accuracy;

/// <summary>
/// How far the predicted savings of one figure were from the measured ones over a site's pages:
/// the goal on the sample site is a median absolute error of the LCP saving of at most
/// 15 % of the measured saving, the worst page at most 35 %, and the sign right on every page.
/// </summary>
/// <param name="Figure">FCP, LCP or load.</param>
/// <param name="Pages">Every page with both a prediction and a measurement.</param>
internal sealed record ErrorFigures(string Figure, IReadOnlyList<SavingError> Pages)
{
    public double MedianErrorPercent => Median.Of(Pages.Select(page => page.ErrorPercent));

    public SavingError Worst => Pages.MaxBy(page => page.ErrorPercent)!;

    public int SignsRight => Pages.Count(page => page.SignAgrees);
}
