using System.Collections.Concurrent;
using SiteOptimizer.Imaging;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Imaging;

public sealed class ImageBatchTests
{
    private static ImageInput[] Photos(int count) => Directory
        .EnumerateFiles(Path.Combine(TestPaths.SampleSite, "images"), "*.jpg", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Take(count)
        .Select(path => new ImageInput(Path.GetFileName(path), () => File.ReadAllBytes(path)))
        .ToArray();

    [Fact]
    public void Run_OptimizesEveryImageOnceAndTimesTheBatch()
    {
        var options = new ImageOptions { MaxWidth = 480, Avif = new AvifOptions { Variants = false } };
        var results = new ConcurrentBag<ImageResult>();

        var timings = new ImageBatch(options, TimeProvider.System).Run(Photos(6), results.Add, CancellationToken.None);

        Assert.Equal(6, timings.Images);
        Assert.Equal(6, results.Select(r => r.Name).Distinct().Count());
        Assert.Equal(Environment.ProcessorCount, timings.DegreeOfParallelism);
        Assert.True(timings.SerialEquivalent > TimeSpan.Zero);
        Assert.InRange(timings.Speedup, 0.1, timings.DegreeOfParallelism + 0.5);
    }

    [Fact]
    public void Run_GivesTheSameBytesWhateverTheDegreeOfParallelism()
    {
        static Dictionary<string, byte[]> RunWith(int concurrency)
        {
            var options = new ImageOptions { Concurrency = concurrency, MaxWidth = 400, Avif = new AvifOptions { Variants = false } };
            var results = new ConcurrentDictionary<string, byte[]>();
            new ImageBatch(options, TimeProvider.System).Run(Photos(5), r => results[r.Name] = r.Replacement!.Bytes, CancellationToken.None);
            return new(results);
        }

        var serial = RunWith(1);
        var parallel = RunWith(4);

        Assert.Equal(serial.Keys.Order(), parallel.Keys.Order());
        Assert.All(serial, pair => Assert.Equal(pair.Value, parallel[pair.Key]));
    }

    [Fact]
    public void Run_StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            new ImageBatch(new ImageOptions(), TimeProvider.System).Run(Photos(3), _ => { }, cancellation.Token));
    }
}
