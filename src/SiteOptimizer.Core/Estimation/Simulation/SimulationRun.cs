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
    private double _mainThreadFreeAt;

    public SimulationRun(PageModel page, NetworkProfile profile, ModelConstants constants)
    {
        _page = page;
        _profile = profile;
        _constants = constants;
        _requests = [.. page.Requests.Select((r, i) => new RequestState(i, r))];
        _pool = new ConnectionPool(profile, constants);
        _milestones = new PageMilestones(page, _requests, profile, constants);
    }

    public RequestState[] Requests => _requests;

    public PageMilestones Milestones => _milestones;

    public void Execute()
    {
        var now = 0d;
        while (now < s_giveUpMs)
        {
            Discover(now);
            _pool.Dispatch(_requests, now);
            var rates = BandwidthShare.Rates(_pool.Connections, now, _profile);
            StartWindowClocks(rates, now);
            if (_milestones.Update(now, ref _mainThreadFreeAt) && _requests.All(r => r.ProcessedAt is not null || !CanEverStart(r)))
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

    private void Discover(double now)
    {
        foreach (var request in _requests.Where(r => r.DiscoveredAt is null))
        {
            var rule = request.Request;
            var parent = rule.Parent >= 0 ? _requests[rule.Parent] : null;
            var known = rule.Discovery switch
            {
                DiscoveryRule.AtStart => true,
                DiscoveryRule.WhenParentBytesArrive => parent is not null && parent.Received >= (rule.ParentFraction * parent.Request.Bytes) - Epsilon && parent.FirstByteAt <= now && parent.Connection is not null,
                DiscoveryRule.WhenParentDone => parent?.ProcessedAt <= now,
                DiscoveryRule.AtFirstLayout => _milestones.FirstLayoutAt <= now && (parent is null || parent.ProcessedAt <= now),
                _ => false,
            };
            if (known)
            {
                request.DiscoveredAt = now;
            }
        }
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
        candidates.AddRange(ThresholdCrossings(now, rates));
        candidates.Add(_milestones.NextAt(now));
        var future = candidates.Where(c => c > now + Epsilon).DefaultIfEmpty(double.PositiveInfinity).Min();
        return future;
    }

    // When the HTML's received bytes reach the point where a reference (or the body) stands.
    private IEnumerable<double> ThresholdCrossings(double now, Dictionary<RequestState, double> rates)
    {
        foreach (var request in _requests.Where(r => r.DiscoveredAt is null && r.Request.Discovery == DiscoveryRule.WhenParentBytesArrive))
        {
            var parent = _requests[request.Request.Parent];
            if (rates.GetValueOrDefault(parent) is > 0 and var rate)
            {
                yield return now + Math.Max(0, (request.Request.ParentFraction * parent.Request.Bytes) - parent.Received) / rate;
            }
        }
        if (rates.GetValueOrDefault(_requests[0]) is > 0 and var documentRate)
        {
            yield return now + Math.Max(0, (_page.BodyFraction * _requests[0].Request.Bytes) - _requests[0].Received) / documentRate;
        }
    }

    private void Advance(double now, double next, Dictionary<RequestState, double> rates)
    {
        var elapsed = next - now;
        foreach (var (request, rate) in rates)
        {
            request.Received = Math.Min(request.Request.Bytes, request.Received + (rate * elapsed));
            if (request.Remaining <= Epsilon * Math.Max(1, rate))
            {
                Complete(request, next);
            }
        }
        foreach (var connection in _pool.Connections.Where(c => c.NextGrowthAt <= next + Epsilon))
        {
            var limit = Math.Max(_constants.InitialWindowBytes, _profile.BytesPerMs * _profile.RttMs);
            connection.Window = Math.Min(limit, connection.Window * 2);
            connection.NextGrowthAt += _profile.RttMs;
        }
    }

    // A request whose parent never arrives (it cannot, e.g. a model error) must not hang the run.
    private bool CanEverStart(RequestState request) =>
        request.DiscoveredAt is not null || request.Request.Parent < 0 || _requests[request.Request.Parent].ProcessedAt is not null
        || request.Request.Discovery == DiscoveryRule.WhenParentBytesArrive;
}
