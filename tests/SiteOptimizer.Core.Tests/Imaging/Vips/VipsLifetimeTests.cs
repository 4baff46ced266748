using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Imaging.Vips;

/// <summary>
/// libvips counts the pixel memory it allocates. Once its worker threads have their buffers
/// (a warm-up round), disposing every handle must bring the count back to the same level,
/// however many images pass through.
/// </summary>
[Collection(TrackedMemoryCollection.Name)]
public sealed class VipsLifetimeTests
{
    private static readonly byte[] s_photo = File.ReadAllBytes(TestPaths.SamplePhoto("ladybird.jpg"));

    [Fact]
    public void DecodeResizeEncode_ManyTimes_ReturnsTrackedMemoryToBaseline()
    {
        VipsRuntime.EnsureStarted();
        VipsAccounting.EnableLeakChecks();
        Round();

        // The count is process-wide. This collection runs alone, but a handle another test left
        // to the finalizer may still be freed meanwhile, so look for a quiet window: a leak
        // grows in every attempt.
        var attempts = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (memory, allocations) = (VipsAccounting.TrackedMemory, VipsAccounting.TrackedAllocations);
            for (var round = 0; round < 10; round++)
            {
                Round();
            }
            var (memoryAfter, allocationsAfter) = (VipsAccounting.TrackedMemory, VipsAccounting.TrackedAllocations);
            if (memoryAfter == memory && allocationsAfter == allocations)
            {
                return;
            }
            attempts.Add($"{memory}→{memoryAfter} bytes, {allocations}→{allocationsAfter} allocations");
        }
        Assert.Fail("tracked memory never came back: " + string.Join("; ", attempts));

        static void Round()
        {
            using (var thumbnail = VipsOperations.Thumbnail(s_photo, 640))
            using (var inMemory = thumbnail.CopyMemory())
            using (var decoded = VipsOperations.Load("jpegload_buffer", s_photo))
            {
                _ = VipsOperations.Save("webpsave_buffer", inMemory, "Q=80,keep=none");
                _ = VipsOperations.Save("jpegsave_buffer", decoded, "Q=80,keep=none");
            }
            VipsRuntime.ReturnFreedMemory();
        }
    }

    [Fact]
    public void ManyThreadsAtOnce_GiveTheSameBytesAsOneThread()
    {
        var expected = Encode();

        var results = new byte[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            results[index] = Encode();
            VipsRuntime.ReturnFreedMemory();
        });

        Assert.All(results, bytes => Assert.Equal(expected, bytes));

        static byte[] Encode()
        {
            using var image = VipsOperations.Thumbnail(s_photo, 500);
            return VipsOperations.Save("jpegsave_buffer", image, "Q=75,optimize_coding=true,keep=none");
        }
    }
}
