using SiteOptimizer.Measurement.Hosting;

namespace SiteOptimizer.Measurement;

/// <summary>
/// One emulated visitor: the site before and after, each on its own loopback server, both
/// behind one network link of the profile. Lanes run side by side without sharing a link.
/// </summary>
internal sealed class MeasurementLane : IAsyncDisposable
{
    private readonly ShapedSiteServer _before;
    private readonly ShapedSiteServer _after;

    private MeasurementLane(ShapedSiteServer before, ShapedSiteServer after)
    {
        _before = before;
        _after = after;
    }

    public static async Task<MeasurementLane> StartAsync(string before, string after, LoadConditions conditions, CancellationToken cancellationToken)
    {
        var link = conditions.Shaping == NetworkShaping.Server ? new NetworkLink(conditions.Profile, TimeProvider.System) : null;
        var http2 = conditions.Profile.Http2;
        var beforeServer = await ShapedSiteServer.StartAsync(before, http2, link, cancellationToken).ConfigureAwait(false);
        try
        {
            return new MeasurementLane(beforeServer, await ShapedSiteServer.StartAsync(after, http2, link, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            await beforeServer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The page before and after, one after the other in the order given.</summary>
    public async Task<(MeasuredLoad Before, MeasuredLoad After)> LoadPairAsync(
        string page, bool beforeFirst, Func<Uri, Task<MeasuredLoad>> load)
    {
        var first = await load(new Uri(beforeFirst ? _before.Root : _after.Root, page)).ConfigureAwait(false);
        var second = await load(new Uri(beforeFirst ? _after.Root : _before.Root, page)).ConfigureAwait(false);
        return beforeFirst ? (first, second) : (second, first);
    }

    public async ValueTask DisposeAsync()
    {
        await _before.DisposeAsync().ConfigureAwait(false);
        await _after.DisposeAsync().ConfigureAwait(false);
    }
}
