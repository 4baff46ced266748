using System.Text.Json.Serialization;

namespace SiteOptimizer.Bench;

/// <summary>
/// What the delay server saw since the last reset: requests (every one delayed), how many
/// were not found, the most in flight at once (a client's real parallelism) and the TCP
/// connections opened (keep-alive reuses them).
/// </summary>
internal sealed class ServerStats
{
    private int _requests;
    private int _notFound;
    private int _inFlight;
    private int _peakInFlight;
    private int _connections;

    public void ConnectionOpened() => Interlocked.Increment(ref _connections);

    public void RequestStarted()
    {
        Interlocked.Increment(ref _requests);
        var now = Interlocked.Increment(ref _inFlight);
        for (var peak = Volatile.Read(ref _peakInFlight); now > peak; peak = Volatile.Read(ref _peakInFlight))
        {
            if (Interlocked.CompareExchange(ref _peakInFlight, now, peak) == peak)
            {
                break;
            }
        }
    }

    public void RequestFinished(int status)
    {
        if (status == 404)
        {
            Interlocked.Increment(ref _notFound);
        }
        Interlocked.Decrement(ref _inFlight);
    }

    /// <summary>The counts so far; with <paramref name="reset"/> they start again from zero (in-flight requests stay counted).</summary>
    public Snapshot Take(bool reset) => reset
        ? new Snapshot(
            Interlocked.Exchange(ref _requests, 0),
            Interlocked.Exchange(ref _notFound, 0),
            Interlocked.Exchange(ref _peakInFlight, Volatile.Read(ref _inFlight)),
            Interlocked.Exchange(ref _connections, 0))
        : new Snapshot(Volatile.Read(ref _requests), Volatile.Read(ref _notFound), Volatile.Read(ref _peakInFlight), Volatile.Read(ref _connections));

    /// <param name="Requests">Requests answered or in progress (the stats requests themselves excluded).</param>
    /// <param name="NotFound">Of those, answered 404.</param>
    /// <param name="PeakInFlight">The most requests in progress at once.</param>
    /// <param name="Connections">TCP connections accepted.</param>
    internal sealed record Snapshot(
        int Requests,
        int NotFound,
        int PeakInFlight,
        [property: JsonPropertyName("connections")] int Connections);
}
