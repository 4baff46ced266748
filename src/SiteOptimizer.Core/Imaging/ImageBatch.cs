using System.Collections.Concurrent;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Imaging;

/// <summary>
/// Optimizes many images across the cores: a <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>
/// with one image per worker and one libvips thread per image, so the two never oversubscribe.
/// Inputs are pulled one at a time, so memory grows with the degree of parallelism, not the batch.
/// </summary>
internal sealed class ImageBatch(ImageOptions options, TimeProvider time)
{
    public EncodeTimings Run(IEnumerable<ImageInput> inputs, Action<ImageResult> onResult, CancellationToken cancellationToken)
    {
        VipsRuntime.EnsureStarted();
        var optimizer = new ImageOptimizer(options);
        var parallelism = options.EffectiveConcurrency;
        long serialTicks = 0;
        var images = 0;
        var started = time.GetTimestamp();
        Parallel.ForEach(
            Partitioner.Create(inputs, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            input =>
            {
                var result = Optimize(optimizer, input);
                Interlocked.Add(ref serialTicks, result.EncodeTime.Ticks);
                Interlocked.Increment(ref images);
                onResult(result);
            });
        return new EncodeTimings(images, time.GetElapsedTime(started), TimeSpan.FromTicks(serialTicks), parallelism);
    }

    private static ImageResult Optimize(ImageOptimizer optimizer, ImageInput input)
    {
        byte[] bytes;
        try
        {
            bytes = input.ReadBytes();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new ImageResult(input.Name, null, 0, null, [], 1, TimeSpan.Zero, "could not be read: " + error.Message);
        }
        return optimizer.Optimize(input.Name, bytes);
    }
}
