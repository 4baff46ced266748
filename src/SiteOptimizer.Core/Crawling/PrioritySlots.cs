namespace SiteOptimizer.Crawling;

/// <summary>
/// A fixed number of slots, handed out by priority and then in order of asking. The crawler
/// uses one per origin so that what can discover more (pages, stylesheets, scripts: priority 0)
/// is never queued behind images: the discovery chain, not the pile of images, bounds a
/// crawl's time. Lower priorities never take a slot that priority 0 needs: one it waits for,
/// one announced with <see cref="Expect"/> (found, on its way to ask), and, while any of it
/// is in flight or coming, enough to give it a quarter of all slots, since more may be found
/// at any moment. Once none is, nothing new can turn up and the rest may take every slot.
/// </summary>
internal sealed class PrioritySlots
{
    public const int Levels = 3;

    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource>[] _waiting = [.. Enumerable.Range(0, Levels).Select(_ => new Queue<TaskCompletionSource>())];
    private readonly int _reserve;
    private int _free;
    private int _discoveringHeld;
    private int _discoveringExpected;

    public PrioritySlots(int slots)
    {
        _free = slots;
        _reserve = slots / 4;
    }

    /// <summary>Announces a priority 0 request that will ask soon; it calls <see cref="WaitAsync"/> with <c>expected</c>, or <see cref="Forget"/>.</summary>
    public void Expect()
    {
        lock (_gate)
        {
            _discoveringExpected++;
        }
    }

    /// <summary>An announced request that will not ask after all.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _discoveringExpected--;
        }
        Grant(-1);
    }

    /// <summary>Waits for a slot; priority 0 goes first. The caller releases it, with the same priority, when done.</summary>
    public async Task WaitAsync(int priority, CancellationToken cancellationToken, bool expected = false)
    {
        TaskCompletionSource waiter;
        lock (_gate)
        {
            if (expected)
            {
                _discoveringExpected--;
            }
            if (_waiting[priority].Count == 0 && CanTake(priority))
            {
                Take(priority);
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

    public void Release(int priority) => Grant(priority);

    // Frees the slot of a request of this priority (none for -1), then hands out every slot that can be.
    private void Grant(int released)
    {
        List<(TaskCompletionSource Waiter, int Priority)> granted = [];
        lock (_gate)
        {
            if (released >= 0)
            {
                _free++;
                _discoveringHeld -= released == 0 ? 1 : 0;
            }
            for (var next = 0; next < Levels;)
            {
                if (_waiting[next].Count > 0 && CanTake(next))
                {
                    Take(next);
                    granted.Add((_waiting[next].Dequeue(), next));
                    next = 0;
                }
                else
                {
                    next++;
                }
            }
        }
        foreach (var (waiter, level) in granted)
        {
            // A waiter cancelled while queued cannot take the slot: it goes back.
            if (!waiter.TrySetResult())
            {
                Grant(level);
            }
        }
    }

    private bool CanTake(int priority)
    {
        if (priority == 0)
        {
            return _free > 0;
        }
        var coming = _waiting[0].Count + _discoveringExpected;
        var kept = _discoveringHeld + coming > 0 ? Math.Max(coming, _reserve - _discoveringHeld) : 0;
        return _free > kept;
    }

    private void Take(int priority)
    {
        _free--;
        _discoveringHeld += priority == 0 ? 1 : 0;
    }
}
