namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// One discrete-event simulation of one page load. Between two events every rate is constant;
/// an event is a connection becoming ready, a first byte, a response completing, a window
/// doubling, a discovery threshold crossed in the HTML, or main-thread work finishing.
/// </summary>
internal sealed class SimulationRun
{
    private const double Epsilon = 1e-6;
    private static readonly double s_giveUpMs = TimeSpan.FromHours(1).TotalMilliseconds;

    private readonly PageModel _page;
    private readonly NetworkProfile _profile;
    private readonly ModelConstants _constants;
    private readonly RequestState[] _requests;
    private readonly ConnectionPool _pool;
    private readonly PageMilestones _milestones;
    private readonly Discoveries _discoveries;
    private double _mainThreadFreeAt;

    public SimulationRun(PageModel page, NetworkProfile profile, ModelConstants constants)
    {
        _page = page;
        _profile = profile;
        _constants = constants;
        _requests = [.. page.Requests.Select((r, i) => new RequestState(i, r))];
        _pool = new ConnectionPool(profile, constants);
        _milestones = new PageMilestones(page, _requests, profile, constants);
        _discoveries = new Discoveries(page, _requests, _milestones);
    }

    public RequestState[] Requests => _requests;

    public PageMilestones Milestones => _milestones;

    public void Execute()
    {
        var now = 0d;
        while (now < s_giveUpMs)
        {
            CompleteSinglePieces(now);
            _discoveries.Discover(now);
            _pool.Dispatch(_requests, now);
            QueueFirstBytes(now);
            var rates = BandwidthShare.Rates(_pool.Connections, now, _profile);
            StartWindowClocks(rates, now);
            if (_milestones.Update(now, ref _mainThreadFreeAt) && _requests.All(r => r.ProcessedAt is not null || !_discoveries.CanEverStart(r)))
            {
                return;
            }
            var next = NextEvent(now, rates);
            if (double.IsPositiveInfinity(next))
            {
                return;
            }
            Advance(now, next, rates);
            now = next;
        }
    }

    // The link is a queue: a response starting now gets its first byte through only after the
    // piece each response already on it has committed (each takes its turn a piece at a time),
    // and after the first pieces of those that became ready with it but were asked for before it
    // (a server that does not prioritise takes them in the order they came). A response no
    // bigger than a piece (most stylesheets and scripts, compressed) arrives whole in its turn
    // rather than sharing the bandwidth byte by byte. On its own connection the pieces go out at
    // the link's pace while the window has room this round trip; the rest waits for the next.
    private void QueueFirstBytes(double now)
    {
        var due = _requests.Where(r => r.IsInFlight && !r.IsQueuedOnLink && r.FirstByteAt <= now).ToList();
        var queued = _requests.Where(r => r.IsInFlight && r.IsQueuedOnLink).ToList();
        double Piece(RequestState r) => Math.Min(r.Remaining, _constants.InterleaveBytes);
        foreach (var request in due)
        {
            var connection = request.Connection!;
            var together = due.Where(r => r.Index < request.Index).ToList();
            var whole = request.Request.Bytes <= _constants.InterleaveBytes;
            var own = queued.Where(r => r.Connection == connection).Sum(Piece) + together.Where(r => r.Connection == connection).Sum(Piece)
                + (whole ? request.Request.Bytes : 0);
            var others = queued.Where(r => r.Connection != connection).Sum(Piece) + together.Where(r => r.Connection != connection).Sum(Piece);
            request.FirstByteAt = now + Math.Max(WindowWait(connection, own, now), (own + others) / _profile.BytesPerMs);
            request.ArrivesWhole = whole;
        }
        foreach (var request in due)
        {
            request.IsQueuedOnLink = true;
        }
    }

    // What arrives whole is in at its first byte: its bytes count against the window's round.
    private void CompleteSinglePieces(double now)
    {
        foreach (var request in _requests.Where(r => r.IsInFlight && r.IsQueuedOnLink && r.ArrivesWhole && r.FirstByteAt <= now + Epsilon))
        {
            request.Connection!.SentInRound += request.Remaining;
            Complete(request, request.FirstByteAt);
        }
    }

    // How long until a connection has sent this many more bytes: at the link's pace within the
    // room left in its window this round trip, the rest from the next round on. An idle
    // connection has had the acknowledgements of all it sent: a new round starts now.
    private double WindowWait(Connection connection, double bytes, double now)
    {
        if (connection.NextGrowthAt is null)
        {
            GrowWindow(connection);
        }
        var room = Math.Max(0, connection.Window - connection.SentInRound);
        if (bytes <= room)
        {
            return bytes / _profile.BytesPerMs;
        }
        var nextRound = connection.NextGrowthAt ?? now + _profile.RttMs;
        return Math.Max(0, nextRound - now) + ((bytes - room) / _profile.BytesPerMs);
    }

    // Main-thread work runs one task at a time, in the order responses complete.
    private void Complete(RequestState request, double at)
    {
        request.DoneAt = at;
        request.Received = request.Request.Bytes;
        request.Connection!.Complete(request);
        // The page's head was parsed as it arrived (see PageMilestones); the rest is parsed now.
        var cpu = request.Index == 0 ? request.Request.CpuMs * (1 - _page.BodyFraction) : request.Request.CpuMs;
        var start = Math.Max(at, _mainThreadFreeAt);
        request.ProcessedAt = start + (cpu * _profile.CpuSlowdown);
        _mainThreadFreeAt = cpu > 0 ? request.ProcessedAt.Value : _mainThreadFreeAt;
    }

    private void StartWindowClocks(Dictionary<RequestState, double> rates, double now)
    {
        foreach (var connection in _pool.Connections)
        {
            var flowing = connection.Requests.Any(r => rates.GetValueOrDefault(r) > 0);
            if (!flowing && connection.NextGrowthAt is not null)
            {
                // Gone quiet mid-round: the acknowledgements of what it sent still come back.
                GrowWindow(connection);
            }
            connection.NextGrowthAt = flowing ? connection.NextGrowthAt ?? now + _profile.RttMs : null;
        }
    }

    private double NextEvent(double now, Dictionary<RequestState, double> rates)
    {
        var candidates = new List<double>();
        foreach (var request in _requests.Where(r => r.IsInFlight))
        {
            candidates.Add(request.FirstByteAt);
            if (rates.GetValueOrDefault(request) is > 0 and var rate)
            {
                candidates.Add(now + (request.Remaining / rate));
            }
        }
        candidates.AddRange(_pool.Connections.Select(c => c.NextGrowthAt ?? double.PositiveInfinity));
        candidates.AddRange(_requests.Select(r => r.ProcessedAt ?? double.PositiveInfinity));
        candidates.AddRange(_discoveries.Crossings(now, rates));
        candidates.Add(_milestones.NextAt(now));
        var future = candidates.Where(c => c > now + Epsilon).DefaultIfEmpty(double.PositiveInfinity).Min();
        return future;
    }

    private void Advance(double now, double next, Dictionary<RequestState, double> rates)
    {
        var elapsed = next - now;
        foreach (var (request, rate) in rates)
        {
            request.Connection!.SentInRound += Math.Min(request.Remaining, rate * elapsed);
            request.Received = Math.Min(request.Request.Bytes, request.Received + (rate * elapsed));
            if (request.Remaining <= Epsilon * Math.Max(1, rate))
            {
                Complete(request, next);
            }
        }
        // Slow start: each byte acknowledged lets one more out, so a round that fills the window
        // doubles it, and one that sends less (a small page, then a pause) grows it only by what
        // it sent — a sender not limited by its window does not grow it (RFC 7661; Linux alike).
        foreach (var connection in _pool.Connections.Where(c => c.NextGrowthAt <= next + Epsilon))
        {
            GrowWindow(connection);
            connection.NextGrowthAt += _profile.RttMs;
        }
    }

    private void GrowWindow(Connection connection)
    {
        var limit = Math.Max(_constants.InitialWindowBytes, _profile.BytesPerMs * _profile.RttMs);
        connection.Window = Math.Min(limit, connection.Window + connection.SentInRound);
        connection.SentInRound = 0;
    }

}
