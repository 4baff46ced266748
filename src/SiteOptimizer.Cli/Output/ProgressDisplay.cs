using SiteOptimizer.Progress;

namespace SiteOptimizer.Cli.Output;

/// <summary>
/// Shows the pipeline's progress on the invocation's output. Reports arrive from worker threads,
/// several at once; they only update the latest state of their stage under a lock. In
/// <see cref="ProgressMode.Bars"/> a timer redraws one bar per stage in place ten times a second;
/// in <see cref="ProgressMode.Lines"/> a line is written as a stage finishes, and every few
/// seconds for one still running, so a CI log shows a long run is alive without filling up.
/// </summary>
internal sealed class ProgressDisplay : IProgress<StageProgress>, IDisposable
{
    private static readonly TimeSpan BarRefresh = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _output;
    private readonly ProgressMode _mode;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly SortedDictionary<PipelineStage, (StageProgress Progress, long ReceivedAt)> _stages = [];
    private readonly Dictionary<PipelineStage, int> _lastLine = [];
    private readonly HashSet<PipelineStage> _shown = [];
    private readonly ITimer _timer;
    private int _barsDrawn;
    private bool _disposed;

    public ProgressDisplay(TextWriter output, ProgressMode mode, TimeProvider time)
    {
        _output = output;
        _mode = mode;
        _time = time;
        var period = mode == ProgressMode.Bars ? BarRefresh : LineInterval;
        _timer = time.CreateTimer(_ => Tick(), null, period, period);
    }

    public void Report(StageProgress value)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _stages[value.Stage] = (value, _time.GetTimestamp());
            if (value.Total > 0)
            {
                // A stage with work keeps its row, so the rows drawn over never change in number.
                _shown.Add(value.Stage);
            }
            if (_mode == ProgressMode.Lines && value.IsComplete && value.Total > 0)
            {
                _output.WriteLine(StageLine.Finished(value));
                _output.Flush();
            }
        }
    }

    /// <summary>Draws the bars now, or writes a line for each stage that moved since the last one.</summary>
    public void Tick()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            if (_mode == ProgressMode.Bars)
            {
                DrawBars();
            }
            else
            {
                WriteRunningLines();
            }
        }
    }

    /// <summary>Stops the timer and leaves the final bars on screen.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            if (_mode == ProgressMode.Bars && !_disposed)
            {
                DrawBars();
            }
            _disposed = true;
        }
    }

    // A stage still running has been running since its last report too: its clock and rates move on between reports.
    private IEnumerable<StageProgress> Current() => _stages.Values.Select(s =>
        s.Progress.IsComplete ? s.Progress : s.Progress with { Elapsed = s.Progress.Elapsed + _time.GetElapsedTime(s.ReceivedAt) });

    private void DrawBars()
    {
        var shown = Current().Where(s => _shown.Contains(s.Stage)).ToList();
        if (shown.Count == 0)
        {
            return;
        }
        if (_barsDrawn > 0)
        {
            // Back to the first bar drawn last time, to draw over it.
            _output.Write($"\u001b[{_barsDrawn}A\r");
        }
        foreach (var stage in shown)
        {
            _output.Write("\u001b[2K");
            _output.WriteLine(StageLine.Bar(stage));
        }
        _barsDrawn = shown.Count;
        _output.Flush();
    }

    private void WriteRunningLines()
    {
        foreach (var stage in Current().Where(s => !s.IsComplete && s.Total > 0))
        {
            if (_lastLine.GetValueOrDefault(stage.Stage, -1) != stage.Done)
            {
                _lastLine[stage.Stage] = stage.Done;
                _output.WriteLine(StageLine.Running(stage));
            }
        }
        _output.Flush();
    }
}
