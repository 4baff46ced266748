namespace SiteOptimizer.Estimation.Simulation;

/// <summary>
/// The page's own milestones while it loads: the start of the body parsed, the first style and
/// layout pass (once render-blocking resources are in), and the first paint.
/// </summary>
internal sealed class PageMilestones(PageModel page, RequestState[] requests, NetworkProfile profile, ModelConstants constants)
{
    public double? BodyAt { get; private set; }

    /// <summary>When the parser and the preload scanner start reading the page (see <see cref="ModelConstants.NavigationCommitMs"/>); null before its first byte is known.</summary>
    public double? ParserStartAt => requests[0] is { Connection: not null, IsQueuedOnLink: true } document
        ? document.FirstByteAt + (constants.NavigationCommitMs * profile.CpuSlowdown)
        : null;

    public double? FirstLayoutAt { get; private set; }

    public double? FirstPaintAt { get; private set; }

    /// <summary>Records what has happened by <paramref name="now"/>; true once the first paint is known.</summary>
    public bool Update(double now, ref double mainThreadFreeAt)
    {
        var document = requests[0];
        if (BodyAt is null && document.Connection is not null && document.Received >= (page.BodyFraction * document.Request.Bytes) - 1e-6 && now >= ParserStartAt)
        {
            BodyAt = Math.Max(now, mainThreadFreeAt) + (page.BodyFraction * document.Request.CpuMs * profile.CpuSlowdown);
            mainThreadFreeAt = BodyAt.Value;
        }
        var blockers = requests.Where(r => r.Request.BlocksRender).ToList();
        if (FirstLayoutAt is null && BodyAt <= now && blockers.All(r => r.ProcessedAt <= now))
        {
            FirstLayoutAt = Math.Max(now, mainThreadFreeAt) + (constants.StyleMs * profile.CpuSlowdown);
            var paintedAt = FirstLayoutAt.Value + (constants.FirstFrameMs * profile.CpuSlowdown);
            FirstPaintAt = paintedAt + constants.FirstFramePresentMs;
            if (requests.Any(r => r.Request.IsPreloadedFont && r.DoneAt is null))
            {
                var hold = Math.Min(constants.PreloadedFontPaintDelayMs, Math.Max(0, constants.PreloadedFontBlockUntilMs - FirstPaintAt.Value));
                FirstPaintAt += hold;
                paintedAt += hold;
            }
            // The frame is rastered and shown off the main thread: scripts may run meanwhile.
            mainThreadFreeAt = paintedAt;
            foreach (var request in requests.Where(r => r.Request.BoostedAtLayout && r.DoneAt is null))
            {
                request.Priority = RequestPriority.High;
            }
        }
        return FirstPaintAt is not null;
    }

    /// <summary>The next milestone after <paramref name="now"/>, if one is already scheduled.</summary>
    public double NextAt(double now) =>
        new[] { ParserStartAt, BodyAt, FirstLayoutAt, FirstPaintAt }.Where(t => t > now).Select(t => t!.Value).DefaultIfEmpty(double.PositiveInfinity).Min();
}
