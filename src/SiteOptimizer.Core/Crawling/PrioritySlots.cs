namespace SiteOptimizer.Crawling;

/// <summary>
/// A fixed number of slots, handed out by priority and then in order of asking. The crawler
/// uses one per origin so that what can discover more (pages, stylesheets, scripts) is never
/// queued behind images: the discovery chain, not the pile of images, bounds a crawl's time.
/// </summary>
internal sealed class PrioritySlots(int slots)
{
    public const int Levels = 3;

    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource>[] _waiting = [.. Enumerable.Range(0, Levels).Select(_ => new Queue<TaskCompletionSource>())];
    private int _free = slots;

    /// <summary>Waits for a slot; priority 0 goes first. The caller releases it when done.</summary>
    public async Task WaitAsync(int priority, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_gate)
        {
            if (_free > 0)
            {
                _free--;
                return;
            }
            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[priority].Enqueue(waiter);
        }
        // Cancelled while queued: Release skips it. Granted first: the slot is the caller's.
        using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
        {
            await waiter.Task.ConfigureAwait(false);
        }
    }

    public void Release()
    {
        while (true)
        {
            TaskCompletionSource? next = null;
            lock (_gate)
            {
                foreach (var queue in _waiting)
                {
                    if (queue.TryDequeue(out next))
                    {
                        break;
                    }
                }
                if (next is null)
                {
                    _free++;
                    return;
                }
            }
            // A waiter cancelled while queued cannot take the slot: offer it to the next one.
            if (next.TrySetResult())
            {
                return;
            }
        }
    }
}
