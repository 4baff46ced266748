using System.Collections.Concurrent;
using SiteOptimizer.Progress;

namespace SiteOptimizer.Tests.Progress;

/// <summary>Keeps every progress report, from any thread, in the order they arrived.</summary>
internal sealed class RecordedProgress : IProgress<StageProgress>
{
    private readonly ConcurrentQueue<StageProgress> _reports = new();

    public IReadOnlyList<StageProgress> Reports => [.. _reports];

    public IReadOnlyList<StageProgress> Of(PipelineStage stage) => [.. _reports.Where(r => r.Stage == stage)];

    public void Report(StageProgress value) => _reports.Enqueue(value);
}
