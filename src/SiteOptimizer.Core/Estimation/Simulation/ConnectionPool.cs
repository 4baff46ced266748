namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// Sends waiting requests the way Chrome does: highest priority first, on an idle connection of
/// their origin, else on a new one (up to six per origin on HTTP/1.1, one multiplexed on HTTP/2),
/// with at most a few low-priority requests in flight at once.
/// </summary>
internal sealed class ConnectionPool(NetworkProfile profile, ModelConstants constants)
{
    private readonly List<Connection> _connections = [];
    private readonly Dictionary<string, double> _resolvedAt = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Connection> Connections => _connections;

    public void Dispatch(IReadOnlyList<RequestState> requests, double now)
    {
        var delayable = requests.Count(r => r.IsInFlight && IsDelayable(r));
        var waiting = requests.Where(r => r.IsWaiting)
            .OrderByDescending(r => r.Priority).ThenBy(r => r.DiscoveredAt).ThenBy(r => r.Index).ToList();
        foreach (var request in waiting)
        {
            if (IsDelayable(request) && delayable >= constants.MaxDelayableInFlight)
            {
                continue;
            }
            if (ConnectionFor(request.Request.Origin, now) is not { } connection)
            {
                continue;
            }
            connection.Assign(request);
            request.Connection = connection;
            request.SentAt = Math.Max(now, connection.ReadyAt);
            request.FirstByteAt = request.SentAt + profile.RttMs + constants.ServerMs;
            delayable += IsDelayable(request) ? 1 : 0;
        }
    }

    private Connection? ConnectionFor(string origin, double now)
    {
        var ofOrigin = _connections.Where(c => c.Origin == origin).ToList();
        if (profile.Http2 && ofOrigin.Count > 0)
        {
            return ofOrigin[0];
        }
        if (ofOrigin.FirstOrDefault(c => c.IsIdle) is { } idle)
        {
            return idle;
        }
        if (ofOrigin.Count >= (profile.Http2 ? 1 : constants.Http1ConnectionsPerOrigin))
        {
            return null;
        }
        // One DNS lookup per host; connections opened while it runs wait for it.
        if (!_resolvedAt.TryGetValue(origin, out var resolved))
        {
            resolved = now + constants.DnsRtts * profile.RttMs;
            _resolvedAt[origin] = resolved;
        }
        var connection = new Connection(origin, Math.Max(now, resolved) + constants.HandshakeRtts * profile.RttMs, constants.InitialWindowBytes);
        _connections.Add(connection);
        return connection;
    }

    private static bool IsDelayable(RequestState request) => request.Priority <= RequestPriority.Low;
}
