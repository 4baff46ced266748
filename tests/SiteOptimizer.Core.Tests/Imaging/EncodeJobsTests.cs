using System.Collections.Concurrent;
using SiteOptimizer.Imaging;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Imaging;

public sealed class EncodeJobsTests
{
    [Fact]
    public async Task Run_OnAnEncoderThreadWithAnIdleHelper_SharesTheJobsAndKeepsTheirOrder()
    {
        using var threads = new EncoderThreads(2);
        var jobs = new EncodeJobs(threads, CancellationToken.None);
        var ranOn = new ConcurrentDictionary<int, int>();

        // The second encoder thread has nothing else to do: it takes queued jobs while the first waits.
        var results = await Task.Factory.StartNew(
            () => jobs.Run([.. Enumerable.Range(0, 6).Select(i => (Func<int>)(() =>
            {
                ranOn[i] = Environment.CurrentManagedThreadId;
                Thread.Sleep(150);
                return i * i;
            }))], out _),
            CancellationToken.None, TaskCreationOptions.None, threads);

        Assert.Equal([0, 1, 4, 9, 16, 25], results);
        Assert.Equal(2, ranOn.Values.Distinct().Count());
    }

    [Fact]
    public void Run_WithoutHelpers_RunsOnTheCallersThreadAndSumsTheTime()
    {
        var jobs = new EncodeJobs(null, CancellationToken.None);
        var caller = Environment.CurrentManagedThreadId;

        var results = jobs.Run([() => { Thread.Sleep(20); return Environment.CurrentManagedThreadId; }, () => { Thread.Sleep(20); return Environment.CurrentManagedThreadId; }], out var spent);

        Assert.All(results, thread => Assert.Equal(caller, thread));
        Assert.True(spent >= TimeSpan.FromMilliseconds(40), $"{spent}");
    }

    [Fact]
    public void Run_OnceCancelled_StartsNoFurtherEncode()
    {
        using var cancellation = new CancellationTokenSource();
        var jobs = new EncodeJobs(null, cancellation.Token);
        var started = 0;

        Assert.Throws<OperationCanceledException>(() => jobs.Run([
            () => { started++; cancellation.Cancel(); return 0; },
            () => { started++; return 1; },
        ], out _));

        Assert.Equal(1, started);
    }

    [Fact]
    public void ImageBatch_OnePhotoOnTwoWorkers_GivesTheSameBytesAsOneWorker()
    {
        var path = TestPaths.SamplePhoto("nuthatch.jpg");
        var options = new ImageOptions { Concurrency = 2 };
        var wanted = new ImageVariants(true, [320, 640]);
        var shared = new ConcurrentBag<ImageResult>();

        new ImageBatch(options, TimeProvider.System).Run([new ImageInput("nuthatch.jpg", () => File.ReadAllBytes(path)) { Wanted = wanted }], shared.Add, CancellationToken.None);
        var alone = new ImageOptimizer(options).Optimize("nuthatch.jpg", File.ReadAllBytes(path), wanted);

        var result = Assert.Single(shared);
        Assert.Equal(alone.Replacement?.Bytes, result.Replacement?.Bytes);
        Assert.Equal(alone.Variants.Select(v => (v.Format, v.Width, v.Bytes.Length)), result.Variants.Select(v => (v.Format, v.Width, v.Bytes.Length)));
        Assert.All(alone.Variants.Zip(result.Variants), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }
}
