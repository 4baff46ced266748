using SiteOptimizer.Estimation;
using SiteOptimizer.Measurement.Accuracy;

namespace SiteOptimizer.Measurement;

/// <summary>The measurement file's top level: the conditions, every page, and the estimate it was checked against.</summary>
internal sealed record MeasurementDocument(
    string Browser,
    NetworkProfile Profile,
    double DownloadBytesPerSecond,
    DeviceEmulation Device,
    NetworkShaping Shaping,
    string Host,
    int Runs,
    int Lanes,
    IEnumerable<MeasuredPageDocument> Pages,
    PredictionDocument? Prediction);

/// <summary>One page: the medians before and after, what they save, and every load.</summary>
internal sealed record MeasuredPageDocument(
    string Page,
    LoadMetrics Before,
    LoadMetrics After,
    SavedMilliseconds Saved,
    IReadOnlyList<MeasuredLoad> BeforeRuns,
    IReadOnlyList<MeasuredLoad> AfterRuns);

/// <summary>How much sooner each milestone came after optimizing.</summary>
internal sealed record SavedMilliseconds(double FcpSavedMs, double LcpSavedMs, double LoadSavedMs);
