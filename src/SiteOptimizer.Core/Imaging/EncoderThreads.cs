using System.Collections.Concurrent;

namespace SiteOptimizer.Imaging;

/// <summary>
/// A task scheduler with its own threads, one per encoder. Encoding keeps a core busy for
/// seconds at a time; on the shared thread pool that would starve the downloads and page
/// parsing that run beside it (on 2 cores, two encoders are the pool's whole minimum).
/// </summary>
internal sealed class EncoderThreads : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    public EncoderThreads(int count)
    {
        _threads = Enumerable.Range(0, count).Select(i => new Thread(Work) { IsBackground = true, Name = $"siteopt encoder {i + 1}" }).ToArray();
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
        _queue.Dispose();
    }

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
