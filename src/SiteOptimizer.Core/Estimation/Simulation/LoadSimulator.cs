namespace SiteOptimizer.Estimation.Simulation;

/// <summary>Simulates page loads on one profile and reads FCP, LCP and load off the result.</summary>
internal sealed class LoadSimulator(NetworkProfile profile, ModelConstants? constants = null)
{
    private readonly ModelConstants _constants = constants ?? ModelConstants.Default;

    public PageLoad Run(PageModel page)
    {
        ArgumentOutOfRangeException.ThrowIfZero(page.Requests.Count);
        var run = new SimulationRun(page, profile, _constants);
        run.Execute();
        var requests = run.Requests;
        var fcp = run.Milestones.FirstPaintAt ?? double.NaN;
        var lcp = Lcp(page.Lcp, requests, fcp);
        var started = requests.Where(r => r.DoneAt is not null).ToList();
        var load = started.Max(r => r.ProcessedAt ?? r.DoneAt!.Value);
        var timings = started
            .OrderBy(r => r.SentAt).ThenBy(r => r.Index)
            .Select(r => new RequestTiming(
                r.Request.Url, r.Request.Type, r.Request.Priority.ToString(), r.Request.Bytes,
                r.DiscoveredAt!.Value, r.SentAt, r.FirstByteAt, r.DoneAt!.Value,
                r.Request.BlocksRender || r.Index == 0, r.Index == page.Lcp.Image))
            .ToList();
        var metrics = new LoadMetrics(started.Count, started.Sum(r => r.Request.Bytes), fcp, Math.Max(lcp, fcp), Math.Max(load, fcp));
        return new PageLoad(metrics, timings, page.Lcp.Description);
    }

    private double Lcp(LcpTarget target, RequestState[] requests, double fcp)
    {
        if (target.Image >= 0 && requests[target.Image].DoneAt is { } arrived)
        {
            // A preloaded image a script inserts may be in before the script has run: shown then.
            // Chrome decodes a large image off the frame that first shows the page and paints it
            // in a later one, so one in before the first paint is decoded after it.
            var inserted = target.InsertedAfter.Select(i => requests[i].ProcessedAt ?? double.NaN).DefaultIfEmpty(0).Max();
            return Math.Max(fcp, Math.Max(arrived, inserted)) + (target.DecodeCpuMs * profile.CpuSlowdown);
        }
        if (target.Font >= 0 && target.FontBlocksText && requests[target.Font] is { DoneAt: { } fontAt, DiscoveredAt: { } askedAt })
        {
            var visible = Math.Min(fontAt, askedAt + _constants.FontBlockPeriodMs);
            return Math.Max(fcp, visible + (_constants.LayoutPaintMs * profile.CpuSlowdown));
        }
        return fcp;
    }
}
