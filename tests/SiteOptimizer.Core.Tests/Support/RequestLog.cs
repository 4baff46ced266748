using System.Collections.Concurrent;

namespace SiteOptimizer.Tests.Support;

/// <summary>What a <see cref="LoopbackServer"/> was asked for, in order of arrival.</summary>
internal sealed class RequestLog
{
    private ConcurrentQueue<string> _paths = new();
    private Counter _inFlight = new();

    public void Add(string path) => _paths.Enqueue(path);

    public void Share(RequestLog other)
    {
        _paths = other._paths;
        _inFlight = other._inFlight;
    }

    /// <summary>The most requests the server was handling at one moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _inFlight.Max);

    /// <summary>Counts a request as in flight until disposed.</summary>
    public IDisposable Enter()
    {
        var now = Interlocked.Increment(ref _inFlight.Current);
        int max;
        while (now > (max = Volatile.Read(ref _inFlight.Max)) && Interlocked.CompareExchange(ref _inFlight.Max, now, max) != max)
        {
        }
        return new Exit(_inFlight);
    }

    private sealed class Counter
    {
        public int Current;
        public int Max;
    }

    private sealed class Exit(Counter counter) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref counter.Current);
    }

    public int Count(string path) => _paths.Count(p => p == path);

    public int Total => _paths.Count;

    public IReadOnlyList<string> All => [.. _paths];
}
