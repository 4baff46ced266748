using System.Collections.Concurrent;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Progress;

namespace SiteOptimizer.Imaging;

/// <summary>
/// Optimizes many images across the cores: a <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>
/// with one image per worker and one libvips thread per encode, so the two never oversubscribe;
/// at the tail of the batch, workers left without an image take encodes of the images still
/// running (<see cref="EncodeJobs"/>), so the last large photo does not run on one core alone.
/// The workers are <see cref="EncoderThreads"/>, not the shared thread pool, so downloads and
/// parsing running at the same time are never starved. Inputs are pulled one at a time (they
/// may be a channel still being filled), so memory grows with the workers, not the batch.
/// Each finished image counts on <paramref name="progress"/>; the caller announces the total.
/// </summary>
internal sealed class ImageBatch(ImageOptions options, TimeProvider time, StageCounter? progress = null, Caching.ImageResultCache? cache = null)
{
    public EncodeTimings Run(IEnumerable<ImageInput> inputs, Action<ImageResult> onResult, CancellationToken cancellationToken)
    {
        VipsRuntime.EnsureStarted();
        var parallelism = options.EffectiveConcurrency;
        long serialTicks = 0;
        var images = 0;
        var cached = 0;
        var started = time.GetTimestamp();
        using var threads = new EncoderThreads(parallelism);
        // The workers that run out of images help encode the ones still running.
        var optimizer = new ImageOptimizer(options, threads, cancellationToken);
        var garbage = new LargeGarbage();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken, TaskScheduler = threads };
        // The loop itself is started on an encoder thread too, so the caller's thread only waits.
        Task.Factory.StartNew(() => Parallel.ForEach(
            Partitioner.Create(inputs, EnumerablePartitionerOptions.NoBuffering),
            parallel,
            input =>
            {
                var (result, fromCache) = Optimize(optimizer, input);
                Interlocked.Add(ref serialTicks, result.EncodeTime.Ticks);
                if (fromCache)
                {
                    Interlocked.Increment(ref cached);
                }
                else
                {
                    Interlocked.Increment(ref images);
                }
                onResult(result);
                progress?.Completed(result.OriginalLength);
                garbage.Dropped(result.OriginalLength + result.Variants.Sum(v => v.Bytes.LongLength) + (result.Replacement?.Bytes.LongLength ?? 0));
            }), CancellationToken.None, TaskCreationOptions.None, threads).GetAwaiter().GetResult();
        progress?.Finish();
        return new EncodeTimings(images, time.GetElapsedTime(started), TimeSpan.FromTicks(serialTicks), parallelism) { FromCache = cached };
    }

    private (ImageResult Result, bool Cached) Optimize(ImageOptimizer optimizer, ImageInput input)
    {
        if (cache?.Find(input) is { } known)
        {
            return (known, true);
        }
        byte[] bytes;
        try
        {
            bytes = input.ReadBytes();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (new ImageResult(input.Name, null, 0, null, [], 1, TimeSpan.Zero, "could not be read: " + error.Message), false);
        }
        return cache?.Optimize(optimizer, input, bytes) ?? (optimizer.Optimize(input.Name, bytes, input.Wanted), false);
    }
}
