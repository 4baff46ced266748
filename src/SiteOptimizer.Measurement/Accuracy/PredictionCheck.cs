using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement.Accuracy;

/// <summary>The estimate of a site set beside its measurement, page by page.</summary>
/// <param name="Estimate">What siteopt predicted.</param>
/// <param name="Pages">Each measured page with its prediction; the prediction is null where the estimate has no such page.</param>
internal sealed record PredictionCheck(SiteEstimate Estimate, IReadOnlyList<(MeasuredPage Measured, PageEstimate? Predicted)> Pages)
{
    public ErrorFigures Lcp => Figures("LCP", page => page.LcpSavedMs, page => page.LcpSavedMs);

    public ErrorFigures Fcp => Figures("FCP", page => page.FcpSavedMs, page => page.FcpSavedMs);

    public ErrorFigures Load => Figures("load", page => page.LoadSavedMs, page => page.LoadSavedMs);

    /// <summary>Matches the estimate's pages (URL paths such as <c>/</c> or <c>/blog/</c>) to the measured ones (file paths).</summary>
    public static PredictionCheck Of(SiteEstimate estimate, SiteMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(measurement);
        var predicted = estimate.Pages
            .GroupBy(page => FilePath(page.Page), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        return new PredictionCheck(estimate, [.. measurement.Pages.Select(page => (page, predicted.GetValueOrDefault(page.Page)))]);
    }

    /// <summary><c>/</c> → <c>index.html</c>, <c>/blog/</c> → <c>blog/index.html</c>, <c>/about.html</c> → <c>about.html</c>.</summary>
    public static string FilePath(string urlPath)
    {
        var path = Uri.TryCreate(urlPath, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : urlPath;
        path = Uri.UnescapeDataString(path).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private ErrorFigures Figures(string figure, Func<PageEstimate, double> predicted, Func<MeasuredPage, double> measured) =>
        new(figure, [.. Pages.Where(page => page.Predicted is not null)
            .Select(page => new SavingError(page.Measured.Page, predicted(page.Predicted!), measured(page.Measured)))]);
}
