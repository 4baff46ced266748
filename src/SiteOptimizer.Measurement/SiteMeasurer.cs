using SiteOptimizer.Measurement.Browser;
using SiteOptimizer.Measurement.Hosting;

namespace SiteOptimizer.Measurement;

/// <summary>
/// Serves the site before and after optimization on loopback and loads every page in headless
/// Chromium, before and after in interleaved pairs (the order alternating) so a slow patch on
/// the machine hits both alike. One untimed pair first warms up the servers and the browser.
/// </summary>
internal sealed class SiteMeasurer(MeasureOptions options, Action<string> progress)
{
    public async Task<SiteMeasurement> MeasureAsync(string before, string after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        var pages = options.Pages.Count > 0 ? options.Pages : SitePages.Common(before, after);
        if (pages.Count == 0)
        {
            throw new InvalidOperationException($"no HTML page is in both {before} and {after}");
        }
        var conditions = options.Conditions;
        var link = conditions.Shaping == NetworkShaping.Server ? new NetworkLink(conditions.Profile, TimeProvider.System) : null;
        await using var beforeServer = await ShapedSiteServer.StartAsync(before, link, cancellationToken).ConfigureAwait(false);
        await using var afterServer = await ShapedSiteServer.StartAsync(after, link, cancellationToken).ConfigureAwait(false);
        await using var chromium = await MeasuringChromium.LaunchAsync(options.Chromium, cancellationToken).ConfigureAwait(false);
        var loads = pages.ToDictionary(page => page, _ => (Before: new List<MeasuredLoad>(), After: new List<MeasuredLoad>()));
        progress($"Warming up: {pages[0]} once before and after (not counted)");
        await LoadAsync(chromium, new Uri(beforeServer.Root, pages[0]), cancellationToken).ConfigureAwait(false);
        await LoadAsync(chromium, new Uri(afterServer.Root, pages[0]), cancellationToken).ConfigureAwait(false);
        for (var run = 0; run < options.Runs; run++)
        {
            for (var index = 0; index < pages.Count; index++)
            {
                var page = pages[index];
                var beforeFirst = (run + index) % 2 == 0;
                var first = await LoadAsync(chromium, new Uri(beforeFirst ? beforeServer.Root : afterServer.Root, page), cancellationToken).ConfigureAwait(false);
                var second = await LoadAsync(chromium, new Uri(beforeFirst ? afterServer.Root : beforeServer.Root, page), cancellationToken).ConfigureAwait(false);
                var (loadBefore, loadAfter) = beforeFirst ? (first, second) : (second, first);
                loads[page].Before.Add(loadBefore);
                loads[page].After.Add(loadAfter);
                progress($"run {run + 1}/{options.Runs}  {page}: LCP {loadBefore.Metrics.LcpMs / 1000:0.00} s → {loadAfter.Metrics.LcpMs / 1000:0.00} s, load {loadBefore.Metrics.LoadMs / 1000:0.00} s → {loadAfter.Metrics.LoadMs / 1000:0.00} s");
            }
        }
        return new SiteMeasurement(chromium.Version, conditions, options.Runs, [.. pages.Select(page => new MeasuredPage(page, loads[page].Before, loads[page].After))]);
    }

    private async Task<MeasuredLoad> LoadAsync(MeasuringChromium chromium, Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.LoadTimeout);
        try
        {
            return await chromium.LoadAsync(url, options.Conditions, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{url} did not finish loading within {options.LoadTimeout.TotalSeconds:0} s\n{chromium.LogTail}", exception);
        }
    }
}
