using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement.Accuracy;

/// <summary>The estimate beside the measurement: per page, and how far each figure's savings were off.</summary>
internal sealed record PredictionDocument(IEnumerable<PredictedPageDocument> Pages, IEnumerable<string> NotEstimated, IEnumerable<ErrorFiguresDocument> Errors);

/// <summary>One page as estimated.</summary>
internal sealed record PredictedPageDocument(string Page, LoadMetrics Before, LoadMetrics After, SavedMilliseconds Saved, LcpElements LcpElement);

/// <summary>The element the estimate took for the largest paint, before and after.</summary>
internal sealed record LcpElements(string Before, string After);

/// <summary>One figure's errors: the median and worst over the pages, and each page's.</summary>
internal sealed record ErrorFiguresDocument(
    string Figure,
    double? MedianErrorPercent,
    double? WorstErrorPercent,
    string WorstPage,
    int SignsRight,
    int Pages,
    IEnumerable<PageErrorDocument> PerPage);

/// <summary>One page's predicted and measured saving of a figure.</summary>
internal sealed record PageErrorDocument(string Page, double PredictedMs, double MeasuredMs, double? ErrorPercent, bool SignAgrees);
