using System.Collections.Concurrent;
using SiteOptimizer.Measurement.Browser;

namespace SiteOptimizer.Measurement;

/// <summary>
/// Loads every page of the site before and after optimization in headless Chromium, in
/// interleaved pairs (the order alternating) so a slow patch on the machine hits both alike.
/// Pairs are taken run by run, page by page, by <see cref="MeasureOptions.Lanes"/> emulated
/// visitors side by side. One untimed pair per lane first warms up the servers and the browser.
/// </summary>
internal sealed class SiteMeasurer(MeasureOptions options, Action<string> progress)
{
    private readonly Lock _progressTurn = new();

    public async Task<SiteMeasurement> MeasureAsync(string before, string after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Lanes, 1);
        var pages = options.Pages.Count > 0 ? options.Pages : SitePages.Common(before, after);
        ArgumentOutOfRangeException.ThrowIfZero(pages.Count);
        await using var chromium = await MeasuringChromium.LaunchAsync(options.Chromium, cancellationToken).ConfigureAwait(false);
        var lanes = new List<MeasurementLane>();
        try
        {
            for (var i = 0; i < options.Lanes; i++)
            {
                lanes.Add(await MeasurementLane.StartAsync(before, after, options.Conditions, cancellationToken).ConfigureAwait(false));
            }
            Report($"Warming up: {pages[0]} once before and after (not counted)");
            await Task.WhenAll(lanes.Select(lane => lane.LoadPairAsync(pages[0], true, url => LoadAsync(chromium, url, cancellationToken)))).ConfigureAwait(false);
            var pairs = new (MeasuredLoad Before, MeasuredLoad After)[pages.Count, options.Runs];
            var queue = new ConcurrentQueue<(int Run, int Page)>(
                Enumerable.Range(0, options.Runs).SelectMany(run => Enumerable.Range(0, pages.Count).Select(page => (run, page))));
            await Task.WhenAll(lanes.Select(async lane =>
            {
                while (queue.TryDequeue(out var job))
                {
                    var pair = await lane.LoadPairAsync(pages[job.Page], (job.Run + job.Page) % 2 == 0, url => LoadAsync(chromium, url, cancellationToken)).ConfigureAwait(false);
                    pairs[job.Page, job.Run] = pair;
                    Report($"run {job.Run + 1}/{options.Runs}  {pages[job.Page]}: LCP {pair.Before.Metrics.LcpMs / 1000:0.00} s → {pair.After.Metrics.LcpMs / 1000:0.00} s, load {pair.Before.Metrics.LoadMs / 1000:0.00} s → {pair.After.Metrics.LoadMs / 1000:0.00} s");
                }
            })).ConfigureAwait(false);
            var measured = pages.Select((page, p) => new MeasuredPage(page,
                [.. Enumerable.Range(0, options.Runs).Select(run => pairs[p, run].Before)],
                [.. Enumerable.Range(0, options.Runs).Select(run => pairs[p, run].After)]));
            return new SiteMeasurement(chromium.Version, options.Conditions, options.Runs, options.Lanes, [.. measured]);
        }
        finally
        {
            foreach (var lane in lanes)
            {
                await lane.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private void Report(string line)
    {
        lock (_progressTurn)
        {
            progress(line);
        }
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
            throw new MeasurementException($"{url} did not finish loading within {options.LoadTimeout.TotalSeconds:0} s\n{chromium.LogTail}", exception);
        }
    }
}
