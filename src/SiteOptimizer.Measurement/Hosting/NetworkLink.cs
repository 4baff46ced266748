using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement.Hosting;

/// <summary>
/// The visitor's access link as a server sees it: a round-trip time and one downstream
/// bottleneck that every response of a page load shares, byte for byte in the order they were
/// queued (what a router's queue in front of a slow mobile link does). Both sites' servers share
/// one link: loads run one at a time.
/// </summary>
internal sealed class NetworkLink
{
    private readonly Lock _gate = new();
    private readonly double _ticksPerByte;
    private long _freeAt;

    public NetworkLink(NetworkProfile profile, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Time = time;
        // Kbps as Lighthouse and Chrome's DevTools count them: 1 Kbps = 1024 bit/s.
        var bytesPerSecond = profile.DownloadKbps * 1024 / 8;
        _ticksPerByte = time.TimestampFrequency / bytesPerSecond;
        RoundTrip = (long)(profile.RttMs / 1000 * time.TimestampFrequency);
    }

    public TimeProvider Time { get; }

    /// <summary>One round-trip time, in <see cref="TimeProvider"/> timestamp ticks.</summary>
    public long RoundTrip { get; }

    /// <summary>
    /// Queues <paramref name="bytes"/> that the sender may release at <paramref name="earliest"/>
    /// and returns when their last byte has crossed the bottleneck.
    /// </summary>
    public long Transmit(int bytes, long earliest)
    {
        lock (_gate)
        {
            var start = Math.Max(earliest, _freeAt);
            _freeAt = start + (long)(bytes * _ticksPerByte);
            return _freeAt;
        }
    }
}
