namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// Splits the download bandwidth between the connections receiving data: equal shares, except
/// that a connection cannot take more than its congestion window per round trip, and what it
/// leaves is shared by the others. The responses of one HTTP/2 connection share it equally:
/// many servers (Kestrel, most CDNs' origins) interleave streams rather than honour Chrome's
/// priorities, which then only decide the order requests are sent in.
/// </summary>
internal static class BandwidthShare
{
    /// <summary>Bytes per ms for each request receiving data now.</summary>
    public static Dictionary<RequestState, double> Rates(IReadOnlyList<Connection> connections, double now, NetworkProfile profile)
    {
        var flowing = connections
            .Select(c => (Connection: c, Streams: c.Requests.Where(r => r.IsTransferring(now)).ToList()))
            .Where(c => c.Streams.Count > 0)
            .ToList();
        var rates = new Dictionary<RequestState, double>();
        var left = profile.BytesPerMs;
        var unsettled = flowing.OrderBy(c => Cap(c.Connection, profile)).ToList();
        while (unsettled.Count > 0)
        {
            var (connection, streams) = unsettled[0];
            var share = Math.Min(left / unsettled.Count, Cap(connection, profile));
            left -= share;
            unsettled.RemoveAt(0);
            foreach (var stream in streams)
            {
                rates[stream] = share / streams.Count;
            }
        }
        return rates;
    }

    private static double Cap(Connection connection, NetworkProfile profile) =>
        profile.RttMs > 0 ? connection.Window / profile.RttMs : double.PositiveInfinity;
}
