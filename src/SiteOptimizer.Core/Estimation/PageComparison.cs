using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Estimation;

/// <summary>
/// One page simulated before and after, and again after with each kind of change undone in
/// turn (images, minification, hints, lazy loading) to attribute the LCP saving.
/// </summary>
internal sealed class PageComparison
{
    private const double ReportedStepMs = 10;

    private readonly SiteFiles _before;
    private readonly SiteFiles _after;
    private readonly SiteFiles _afterWithOriginalImages;
    private readonly SiteFiles _afterUnminified;
    private readonly NetworkProfile _profile;
    private readonly ModelConstants _constants;
    private readonly ModelOptions _options;
    private readonly LoadSimulator _simulator;

    public PageComparison(SiteFiles before, SiteFiles after, NetworkProfile profile, ModelConstants constants, int aboveTheFoldImages)
    {
        _before = before;
        _after = after;
        var originals = ImageOriginals.Map(after, before);
        _afterWithOriginalImages = after.WithSizesFrom(before, p => ImageOriginals.IsRaster(p) ? originals(p) : null);
        _afterUnminified = after.WithSizesFrom(before, p => !ImageOriginals.IsRaster(p) && before.Exists(p) ? p : null);
        _profile = profile;
        _constants = constants;
        _options = new ModelOptions(aboveTheFoldImages);
        _simulator = new LoadSimulator(profile, constants);
    }

    /// <summary>The page's estimate; null when either version cannot be read.</summary>
    public PageEstimate? Estimate(string url, string beforePath, string afterPath)
    {
        var before = Simulate(_before, _options, beforePath);
        var after = Simulate(_after, _options, afterPath);
        if (before is null || after is null)
        {
            return null;
        }
        double Saved(SiteFiles files, ModelOptions options) =>
            Simulate(files, options, afterPath) is { } reverted ? Round(reverted.Metrics.LcpMs - after.Metrics.LcpMs) : 0;
        var attribution = new SavingsAttribution(
            Saved(_afterWithOriginalImages, _options),
            Saved(_afterUnminified, _options),
            Saved(_after, _options with { IgnoreHints = true }),
            Saved(_after, _options with { IgnoreLazy = true }));
        return new PageEstimate(url, before, after, attribution);
    }

    private PageLoad? Simulate(SiteFiles files, ModelOptions options, string pagePath)
    {
        var model = new PageModelBuilder(files, _profile, _constants, options).Build(pagePath);
        if (model is null)
        {
            return null;
        }
        var load = _simulator.Run(model);
        var metrics = load.Metrics;
        return load with { Metrics = metrics with { FcpMs = Round(metrics.FcpMs), LcpMs = Round(metrics.LcpMs), LoadMs = Round(metrics.LoadMs) } };
    }

    // The model is not more precise than this: reports show 10 ms steps.
    private static double Round(double ms) => Math.Round(ms / ReportedStepMs) * ReportedStepMs;
}
