namespace SiteOptimizer.Measurement.Hosting;

/// <summary>
/// TCP slow start on one connection, as a sender without loss sees it: ten segments in the
/// first round trip, and each acknowledged byte lets one more out (the window doubles per round
/// trip while the sender fills it). Loopback has no round trip to clock it, so the server paces
/// itself with the emulated one.
/// </summary>
internal sealed class CongestionWindow(long roundTrip)
{
    private const int SegmentBytes = 1460;
    private const int InitialSegments = 10;

    private readonly Lock _gate = new();
    private long _window = SegmentBytes * InitialSegments;
    private long _roundStart = long.MinValue;
    private long _sentInRound;

    /// <summary>When <paramref name="bytes"/> more may leave, at <paramref name="now"/> or later.</summary>
    public long Admit(int bytes, long now)
    {
        lock (_gate)
        {
            if (now >= _roundStart + roundTrip)
            {
                // The acknowledgements of the last round are back (or the connection was idle).
                NextRound(now);
            }
            else if (_sentInRound + bytes > _window)
            {
                NextRound(_roundStart + roundTrip);
            }
            _sentInRound += bytes;
            return Math.Max(now, _roundStart);
        }
    }

    private void NextRound(long roundStart)
    {
        _window += _sentInRound;
        _roundStart = roundStart;
        _sentInRound = 0;
    }
}
