namespace SiteOptimizer.Progress;

/// <summary>
/// Counts one stage's work from many threads at once and reports each change to the run's
/// <see cref="IProgress{T}"/>. Updates and reports happen under one lock, so the receiver sees
/// a stage's reports in order and each one consistent (done ≤ total); the receiver is called
/// on the worker's thread and must be quick and thread-safe.
/// </summary>
internal sealed class StageCounter
{
    private readonly PipelineStage _stage;
    private readonly IProgress<StageProgress>? _progress;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long? _started;
    private int _done;
    private int _total;
    private long _bytes;
    private bool _complete;

    public StageCounter(PipelineStage stage, IProgress<StageProgress>? progress, TimeProvider time)
    {
        _stage = stage;
        _progress = progress;
        _time = time;
    }

    /// <summary>A counter that reports nowhere, for callers that do not watch.</summary>
    public static StageCounter None(PipelineStage stage) => new(stage, null, TimeProvider.System);

    /// <summary>More items became known.</summary>
    public void Expect(int items) => Update(() => _total += items);

    /// <summary>One item finished, having read or fetched <paramref name="bytes"/>.</summary>
    public void Completed(long bytes) => Update(() =>
    {
        _done++;
        _bytes += bytes;
        // An item nobody announced (a caller that cannot know its total ahead) counts as known.
        _total = Math.Max(_total, _done);
    });

    /// <summary>The stage is over: the last report, with <see cref="StageProgress.IsComplete"/> set.</summary>
    public void Finish() => Update(() => _complete = true);

    private void Update(Action change)
    {
        if (_progress is null)
        {
            return;
        }
        lock (_gate)
        {
            if (_complete)
            {
                return;
            }
            // The clock starts with the first work, so time spent waiting for earlier stages does not count.
            _started ??= _time.GetTimestamp();
            change();
            Report();
        }
    }

    private void Report() =>
        _progress!.Report(new StageProgress(_stage, _done, _total, _bytes, _time.GetElapsedTime(_started!.Value), _complete));
}
