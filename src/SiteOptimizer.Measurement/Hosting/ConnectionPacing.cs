namespace SiteOptimizer.Measurement.Hosting;

/// <summary>
/// What one client connection has cost so far: when its handshakes would have finished on the
/// emulated network, and its congestion window.
/// </summary>
internal sealed class ConnectionPacing(long readyAt, long roundTrip)
{
    /// <summary>Where a connection's pacing is kept among its items.</summary>
    public static readonly object Key = new();

    /// <summary>When the TCP (and TLS) handshakes would have completed.</summary>
    public long ReadyAt { get; } = readyAt;

    public CongestionWindow Window { get; } = new(roundTrip);
}
