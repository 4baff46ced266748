using SiteOptimizer.Sources;

namespace SiteOptimizer.Tests.Support;

/// <summary>Wraps a source and records the most fetches it had in flight at once, as the crawler sees them.</summary>
internal sealed class CountingSource(ISiteSource inner) : ISiteSource
{
    private int _current;
    private int _max;

    public Uri Root => inner.Root;

    public int MaxInFlight => Volatile.Read(ref _max);

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _current);
        int max;
        while (now > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, max) != max)
        {
        }
        try
        {
            return await inner.FetchAsync(url, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _current);
        }
    }

    public void Dispose() => inner.Dispose();
}
