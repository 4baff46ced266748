namespace SiteOptimizer.Imaging;

/// <summary>
/// Counts the large arrays an image batch lets go of (each input and each encoded file is one)
/// and collects them every <see cref="Threshold"/> bytes. They live on the large object heap,
/// which only a full collection empties; left to its own budget on a machine with plenty of
/// memory, the collector lets hundreds of megabytes of dead photos pile up beside libvips'
/// working memory, and the process's peak would grow with the site instead of with the
/// number of images encoded at once. A full collection of a heap this small takes a few
/// milliseconds; encoding this many bytes takes many seconds.
/// </summary>
internal sealed class LargeGarbage
{
    public const long Threshold = 64L << 20;

    private long _sinceCollection;

    public void Dropped(long bytes)
    {
        if (Interlocked.Add(ref _sinceCollection, bytes) < Threshold)
        {
            return;
        }
        Interlocked.Exchange(ref _sinceCollection, 0);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
    }
}
