namespace SiteOptimizer.Estimation.Simulation;

/// <summary>Decides when each request of a running simulation becomes known to the browser.</summary>
internal sealed class Discoveries(PageModel page, RequestState[] requests, PageMilestones milestones)
{
    private const double Epsilon = 1e-6;

    public void Discover(double now)
    {
        foreach (var request in requests.Where(r => r.DiscoveredAt is null))
        {
            var rule = request.Request;
            var parent = rule.Parent >= 0 ? requests[rule.Parent] : null;
            var known = rule.Discovery switch
            {
                DiscoveryRule.AtStart => true,
                DiscoveryRule.WhenParentBytesArrive => parent is not null && parent.Received >= (rule.ParentFraction * parent.Request.Bytes) - Epsilon && parent.FirstByteAt <= now && parent.Connection is not null
                    && (rule.Parent != 0 || milestones.ParserStartAt <= now),
                DiscoveryRule.WhenParentDone => parent?.ProcessedAt <= now,
                DiscoveryRule.AtFirstLayout => milestones.FirstLayoutAt <= now && (parent is null || parent.ProcessedAt <= now),
                DiscoveryRule.WhenAllDone => rule.Prerequisites.All(i => requests[i].ProcessedAt <= now),
                _ => false,
            };
            if (known)
            {
                request.DiscoveredAt = now;
            }
        }
    }

    // When the HTML's received bytes reach the point where a reference (or the body) stands.
    public IEnumerable<double> Crossings(double now, Dictionary<RequestState, double> rates)
    {
        foreach (var request in requests.Where(r => r.DiscoveredAt is null && r.Request.Discovery == DiscoveryRule.WhenParentBytesArrive))
        {
            var parent = requests[request.Request.Parent];
            if (rates.GetValueOrDefault(parent) is > 0 and var rate)
            {
                yield return now + Math.Max(0, (request.Request.ParentFraction * parent.Request.Bytes) - parent.Received) / rate;
            }
        }
        if (rates.GetValueOrDefault(requests[0]) is > 0 and var documentRate)
        {
            yield return now + Math.Max(0, (page.BodyFraction * requests[0].Request.Bytes) - requests[0].Received) / documentRate;
        }
    }

    // A request whose parent never arrives (it cannot, e.g. a model error) must not hang the run.
    public bool CanEverStart(RequestState request) =>
        request.DiscoveredAt is not null
        || (request.Request.Discovery == DiscoveryRule.WhenAllDone
            ? request.Request.Prerequisites.All(i => requests[i].ProcessedAt is not null)
            : request.Request.Parent < 0 || requests[request.Request.Parent].ProcessedAt is not null || request.Request.Discovery == DiscoveryRule.WhenParentBytesArrive);
}
