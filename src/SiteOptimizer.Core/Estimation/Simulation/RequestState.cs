namespace SiteOptimizer.Estimation.Simulation;

/// <summary>Where one request of a running simulation stands.</summary>
internal sealed class RequestState(int index, SimRequest request)
{
    public int Index { get; } = index;

    public SimRequest Request { get; } = request;

    public RequestPriority Priority { get; set; } = request.Priority;

    public double? DiscoveredAt { get; set; }

    public Connection? Connection { get; set; }

    public double SentAt { get; set; }

    public double FirstByteAt { get; set; }

    public double Received { get; set; }

    /// <summary>Whether its first byte has taken its place behind the data already queued on the link.</summary>
    public bool IsQueuedOnLink { get; set; }

    /// <summary>No bigger than the piece a server sends at a time: all of it arrives at its first byte.</summary>
    public bool ArrivesWhole { get; set; }

    /// <summary>Whether it takes a share of the bandwidth now (one that arrives whole does not).</summary>
    public bool IsFlowing(double now) => IsTransferring(now) && !ArrivesWhole;

    public double? DoneAt { get; set; }

    public double? ProcessedAt { get; set; }

    public bool IsWaiting => DiscoveredAt is not null && Connection is null;

    public bool IsInFlight => Connection is not null && DoneAt is null;

    public bool IsTransferring(double now) => IsInFlight && now >= FirstByteAt;

    public double Remaining => Request.Bytes - Received;
}
