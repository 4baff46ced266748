namespace SiteOptimizer.Measurement;

/// <summary>Every page of a site measured before and after optimization.</summary>
/// <param name="Browser">The browser's name and version, e.g. <c>Chrome/142.0.7444.59</c>.</param>
/// <param name="Conditions">The profile, screen and network shaping of every load.</param>
/// <param name="Runs">Before/after pairs per page.</param>
/// <param name="Pages">One entry per page, ordered by path.</param>
internal sealed record SiteMeasurement(string Browser, LoadConditions Conditions, int Runs, IReadOnlyList<MeasuredPage> Pages);
