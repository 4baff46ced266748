using SiteOptimizer.Caching;
using SiteOptimizer.Imaging;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Caching;

public sealed class ImageCacheEntryTests
{
    private static readonly ImageOptions s_options = new() { MaxWidth = 600, Avif = new AvifOptions { Effort = 0 } };

    [Theory]
    [InlineData(false, new int[0])]
    [InlineData(true, new int[0])]
    [InlineData(false, new[] { 200 })]
    [InlineData(true, new[] { 400 })]
    public void AnEntryForEveryVariant_AnswersForFewer_ExactlyAsTheOptimizerWould(bool otherFormats, int[] widths)
    {
        var photo = File.ReadAllBytes(TestPaths.SamplePhoto("bridge-cables.jpg"));
        var optimizer = new ImageOptimizer(s_options);
        var every = new ImageVariants(true, [200, 400]);
        var wanted = new ImageVariants(otherFormats, widths);
        var stored = ImageCacheEntry.FromBytes(new ImageCacheEntry(every, optimizer.Optimize("p.jpg", photo, every)).ToBytes())!;

        var answer = stored.For("p.jpg", wanted);
        var fresh = optimizer.Optimize("p.jpg", photo, wanted);

        Assert.True(stored.Answers(wanted));
        Assert.Equal(fresh.Replacement!.Bytes, answer.Replacement!.Bytes);
        Assert.Equal(fresh.Variants.Select(v => (v.Format, v.Width, v.Height)), answer.Variants.Select(v => (v.Format, v.Width, v.Height)));
        Assert.All(fresh.Variants.Zip(answer.Variants), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void AnEntry_DoesNotAnswerForVariantsItLacks()
    {
        var entry = new ImageCacheEntry(new ImageVariants(false, [640]), new ImageResult("x", ImageFormat.Jpeg, 1, null, [], 1, TimeSpan.Zero, null));

        Assert.False(entry.Answers(new ImageVariants(true, [])));
        Assert.False(entry.Answers(new ImageVariants(false, [320])));
        Assert.True(entry.Answers(ImageVariants.None));
    }

    [Fact]
    public void FromBytes_OfAnotherFormatOrCutShort_IsNull()
    {
        var bytes = new ImageCacheEntry(ImageVariants.None, new ImageResult("x", ImageFormat.Png, 9, new EncodedImage(ImageFormat.Png, [1, 2, 3], 1, 1), [], 1, TimeSpan.Zero, null)).ToBytes();

        Assert.NotNull(ImageCacheEntry.FromBytes(bytes));
        Assert.Null(ImageCacheEntry.FromBytes(bytes[..^1]));
        Assert.Null(ImageCacheEntry.FromBytes(new byte[] { 9, 0, 0, 0 }));
    }
}
