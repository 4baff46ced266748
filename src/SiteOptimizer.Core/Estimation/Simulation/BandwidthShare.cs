namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// Splits the download bandwidth between the connections receiving data: equal shares, except
/// that a connection cannot take more than its congestion window per round trip, and what it
/// leaves is shared by the others. On a connection, the highest-priority responses take it all.
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
            var top = streams.Max(s => s.Priority);
            var served = streams.Where(s => s.Priority == top).ToList();
            foreach (var stream in streams)
            {
                rates[stream] = stream.Priority == top ? share / served.Count : 0;
            }
        }
        return rates;
    }

    private static double Cap(Connection connection, NetworkProfile profile) =>
        profile.RttMs > 0 ? connection.Window / profile.RttMs : double.PositiveInfinity;
}
