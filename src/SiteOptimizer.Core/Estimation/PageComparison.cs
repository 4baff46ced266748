using SiteOptimizer.Estimation.Modeling;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Estimation;

/// <summary>
/// One page simulated before and after, and again after with each kind of change undone in
/// turn (images, minification, hints, lazy loading) to attribute the LCP saving, and to price
/// each kind of change the optimizer can hold back on one page (<see cref="ChangeKind"/>).
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

    public PageComparison(SiteFiles before, SiteFiles after, NetworkProfile profile, ModelConstants constants)
    {
        _before = before;
        _after = after;
        var originals = ImageOriginals.Map(after, before);
        _afterWithOriginalImages = after.WithSizesFrom(before, p => ImageOriginals.IsRaster(p) ? originals(p) : null);
        _afterUnminified = after.WithSizesFrom(before, p => !ImageOriginals.IsRaster(p) && before.Exists(p) ? p : null);
        _profile = profile;
        _constants = constants;
        _options = new ModelOptions();
        _simulator = new LoadSimulator(profile, constants);
    }

    /// <summary>The estimate of the page at a site path of both folders.</summary>
    /// <exception cref="InvalidDataException">Either version of the page cannot be read.</exception>
    public PageEstimate Estimate(string page)
    {
        var before = Simulate(_before, _options, page) ?? throw new InvalidDataException("the page as it was cannot be read");
        var after = Simulate(_after, _options, page) ?? throw new InvalidDataException("the optimized page cannot be read");
        LoadMetrics Undone(SiteFiles files, ModelOptions options) => (Simulate(files, options, page) ?? after).Metrics;
        var withoutLazy = Undone(_after, _options with { IgnoreLazy = true });
        var attribution = new SavingsAttribution(
            Saved(Undone(_afterWithOriginalImages, _options)),
            Saved(Undone(_afterUnminified, _options)),
            Saved(Undone(_after, _options with { IgnoreHints = true })),
            Saved(withoutLazy));
        return new PageEstimate(page, before, after, attribution)
        {
            ChangeCosts =
            [
                Cost(ChangeKind.ResourceHints, Undone(_after, _options with { IgnoreHints = true, KeepFontPreloads = true })),
                Cost(ChangeKind.FontPreloads, Undone(_after, _options with { IgnoreFontPreloads = true })),
                Cost(ChangeKind.LazyLoading, withoutLazy),
            ],
        };

        double Saved(LoadMetrics undone) => undone.LcpMs - after.Metrics.LcpMs;
        ChangeCost Cost(ChangeKind kind, LoadMetrics undone) =>
            new(kind, after.Metrics.LcpMs - undone.LcpMs, after.Metrics.FcpMs - undone.FcpMs);
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
