namespace SiteOptimizer.Progress;

/// <summary>Where a run's stages report: makes one <see cref="StageCounter"/> per stage as it starts.</summary>
internal sealed class RunProgress(IProgress<StageProgress>? sink, TimeProvider time)
{
    public static RunProgress None { get; } = new(null, TimeProvider.System);

    public StageCounter Start(PipelineStage stage) => new(stage, sink, time);

    /// <summary>The same sink without one stage's reports: a second pass that would only repeat it.</summary>
    public RunProgress Without(PipelineStage stage) =>
        sink is null ? this : new RunProgress(new Filtered(sink, stage), time);

    private sealed class Filtered(IProgress<StageProgress> inner, PipelineStage hidden) : IProgress<StageProgress>
    {
        public void Report(StageProgress value)
        {
            if (value.Stage != hidden)
            {
                inner.Report(value);
            }
        }
    }
}
