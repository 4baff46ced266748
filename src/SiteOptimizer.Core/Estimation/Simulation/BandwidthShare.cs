namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// Splits the download bandwidth between the responses receiving data. The link takes them in
/// turn, a piece at a time, so each gets an equal share — except that a connection cannot carry
/// more than its congestion window per round trip, and what its responses cannot take is shared
/// by the others. Responses share equally whatever their priority: many servers (Kestrel, most
/// origins behind CDNs) interleave HTTP/2 streams rather than honour Chrome's priorities, which
/// then decide only the order requests are sent in.
/// </summary>
internal static class BandwidthShare
{
    /// <summary>Bytes per ms for each request receiving data now.</summary>
    public static Dictionary<RequestState, double> Rates(IReadOnlyList<Connection> connections, double now, NetworkProfile profile)
    {
        var flowing = connections
            .Select(c => (Connection: c, Streams: c.Requests.Where(r => r.IsFlowing(now)).ToList()))
            .Where(c => c.Streams.Count > 0)
            .OrderBy(c => Cap(c.Connection, profile) / c.Streams.Count)
            .ToList();
        var rates = new Dictionary<RequestState, double>();
        var left = profile.BytesPerMs;
        var streamsLeft = flowing.Sum(c => c.Streams.Count);
        foreach (var (connection, streams) in flowing)
        {
            var share = Math.Min(left / streamsLeft, Cap(connection, profile) / streams.Count);
            left -= share * streams.Count;
            streamsLeft -= streams.Count;
            foreach (var stream in streams)
            {
                rates[stream] = share;
            }
        }
        return rates;
    }

    private static double Cap(Connection connection, NetworkProfile profile) =>
        profile.RttMs > 0 ? connection.Window / profile.RttMs : double.PositiveInfinity;
}
