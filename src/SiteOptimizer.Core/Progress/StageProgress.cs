namespace SiteOptimizer.Progress;

/// <summary>
/// Where one stage of a run stands. A stage whose work is discovered as it goes (the crawl, the
/// images of a live site) has a <see cref="Total"/> that grows until <see cref="IsComplete"/>.
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Items finished.</param>
/// <param name="Total">Items known so far; never less than <paramref name="Done"/>.</param>
/// <param name="Bytes">Bytes of the finished items (what the stage read or fetched).</param>
/// <param name="Elapsed">Time since the stage started.</param>
/// <param name="IsComplete">The stage has finished; no further report of it follows.</param>
public readonly record struct StageProgress(PipelineStage Stage, int Done, int Total, long Bytes, TimeSpan Elapsed, bool IsComplete)
{
    /// <summary>Items finished per second so far.</summary>
    public double ItemsPerSecond => Elapsed > TimeSpan.Zero ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Bytes per second so far.</summary>
    public double BytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / Elapsed.TotalSeconds : 0;
}
