namespace SiteOptimizer.Imaging;

/// <summary>How long a batch of images took, and how well the cores were used.</summary>
/// <param name="Images">Images encoded (not those taken from the cache).</param>
/// <param name="Wall">Elapsed time for the whole batch.</param>
/// <param name="SerialEquivalent">The sum of each image's own time: what one core would have needed.</param>
/// <param name="DegreeOfParallelism">Images encoded at once.</param>
public sealed record EncodeTimings(int Images, TimeSpan Wall, TimeSpan SerialEquivalent, int DegreeOfParallelism)
{
    /// <summary>Serial-equivalent time ÷ wall time; at most the degree of parallelism.</summary>
    public double Speedup => Wall > TimeSpan.Zero ? SerialEquivalent / Wall : 1.0;

    /// <summary>Images whose results came from the cache, with no encoding.</summary>
    public int FromCache { get; init; }

    /// <summary>Two batches run one after the other.</summary>
    public EncodeTimings Then(EncodeTimings next) =>
        new(Images + next.Images, Wall + next.Wall, SerialEquivalent + next.SerialEquivalent, Math.Max(DegreeOfParallelism, next.DegreeOfParallelism))
        {
            FromCache = FromCache + next.FromCache,
        };
}
