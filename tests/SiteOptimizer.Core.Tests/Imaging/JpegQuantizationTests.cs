using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Imaging;

public sealed class JpegQuantizationTests
{
    private static readonly ImageOptions s_defaults = new();

    [Fact]
    public void Tables_OfOurOwnJpeg_AreLumaAndChroma()
    {
        var ours = Reencode(File.ReadAllBytes(TestPaths.SamplePhoto("ladybird.jpg")), s_defaults);

        var tables = JpegQuantization.Tables(ours);

        Assert.NotNull(tables);
        Assert.Equal([0, 1], tables.Keys.Order());
        Assert.All(tables.Values, table => Assert.Equal(65, table.Length));
    }

    [Fact]
    public void Same_OtherQualityOrNotAJpeg_IsFalse()
    {
        var photo = File.ReadAllBytes(TestPaths.SamplePhoto("ladybird.jpg"));
        var at80 = Reencode(photo, s_defaults);
        var at60 = Reencode(photo, new ImageOptions { Jpeg = new JpegOptions { Quality = 60 } });

        Assert.True(JpegQuantization.Same(at80, Reencode(at80, s_defaults)));
        Assert.False(JpegQuantization.Same(at80, at60));
        Assert.False(JpegQuantization.Same(at80, File.ReadAllBytes(TestPaths.SampleImage("images/logo.png"))));
        Assert.Null(JpegQuantization.Tables(at80.AsSpan(0, 200)));
    }

    [Theory]
    [InlineData("images/about/studio-brushes.jpg")]
    [InlineData("images/gallery/dune-grass.jpg")]
    public void Optimize_ItsOwnJpegAgain_KeepsItThoughAReencodeWouldSaveOverTheThreshold(string photo)
    {
        var optimizer = new ImageOptimizer(s_defaults);
        // A 400-pixel copy at quality 95: fine detail that every generation smooths a little more.
        using var small = VipsOperations.Thumbnail(File.ReadAllBytes(TestPaths.SampleImage(photo)), 400);
        var once = optimizer.Optimize(photo, VipsOperations.Save("jpegsave_buffer", small, "Q=95")).Replacement!.Bytes;
        var saved = once.Length - Reencode(once, s_defaults).Length;
        Assert.True(saved >= 256 && saved >= once.Length * s_defaults.MinSavings, $"a re-encode saves only {saved} of {once.Length} bytes: the test proves nothing");

        var twice = optimizer.Optimize(photo, once);

        Assert.Null(twice.Replacement);
    }

    private static byte[] Reencode(byte[] jpeg, ImageOptions options)
    {
        using var image = VipsOperations.Load("jpegload_buffer", jpeg);
        return new ImageEncoder(options).Encode(image, ImageFormat.Jpeg);
    }
}
