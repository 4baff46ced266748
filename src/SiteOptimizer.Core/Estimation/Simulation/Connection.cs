namespace SiteOptimizer.Estimation.Simulation;

/// <summary>One TCP connection of a running simulation, with its congestion window.</summary>
internal sealed class Connection(string origin, double readyAt, double window)
{
    private readonly List<RequestState> _requests = [];

    public string Origin { get; } = origin;

    /// <summary>When the handshakes are done and a request can be sent.</summary>
    public double ReadyAt { get; } = readyAt;

    /// <summary>The congestion window, bytes per round trip.</summary>
    public double Window { get; set; } = window;

    /// <summary>When the current round trip ends and the window grows, while data flows; null while idle.</summary>
    public double? NextGrowthAt { get; set; }

    /// <summary>Bytes sent in the current round trip: what its acknowledgements will add to the window.</summary>
    public double SentInRound { get; set; }

    /// <summary>Requests assigned and not yet complete (one at a time on HTTP/1.1).</summary>
    public IReadOnlyList<RequestState> Requests => _requests;

    public void Assign(RequestState request) => _requests.Add(request);

    public void Complete(RequestState request) => _requests.Remove(request);

    public bool IsIdle => _requests.Count == 0;
}
