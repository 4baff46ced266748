using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Imaging;

public sealed class ImageOptimizerTests
{
    private static readonly ImageOptimizer s_defaults = new(new ImageOptions());

    [Fact]
    public void Photo_IsReencodedSmallerWithSmallerWebPAndAvifVariants()
    {
        var original = File.ReadAllBytes(TestPaths.SamplePhoto("ladybird.jpg"));

        var result = s_defaults.Optimize("ladybird.jpg", original, new ImageVariants(OtherFormats: true, Widths: []));

        Assert.Null(result.Problem);
        Assert.Equal(ImageFormat.Jpeg, result.SourceFormat);
        Assert.NotNull(result.Replacement);
        Assert.Equal("jpegload_buffer", VipsOperations.FindLoader(result.Replacement.Bytes));
        Assert.True(result.Replacement.Bytes.Length < original.Length / 2);
        Assert.Equal([ImageFormat.WebP, ImageFormat.Avif], result.Variants.Select(v => v.Format));
        Assert.All(result.Variants, v => Assert.True(v.Bytes.Length < result.Replacement.Bytes.Length));
        Assert.All(result.Variants, v => Assert.Equal(v.Format.Loader(), VipsOperations.FindLoader(v.Bytes)));
    }

    [Fact]
    public void Results_AreNeverLargerThanTheOriginal()
    {
        // Re-encoding an already optimized JPEG gains nothing: the original must be kept.
        var optimized = s_defaults.Optimize("a.jpg", File.ReadAllBytes(TestPaths.SamplePhoto("storm-road.jpg"))).Replacement!.Bytes;

        var again = s_defaults.Optimize("a.jpg", optimized);

        Assert.True(again.OutputLength <= optimized.Length);
        Assert.All(again.Variants, v => Assert.True(v.Bytes.Length < again.OutputLength));
    }

    [Fact]
    public void FlatGraphicPng_BecomesAPalettePngThatLooksTheSame()
    {
        var original = File.ReadAllBytes(TestPaths.SampleImage("images/route-map.png"));

        var result = s_defaults.Optimize("route-map.png", original);

        Assert.NotNull(result.Replacement);
        Assert.Equal(ImageFormat.Png, result.Replacement.Format);
        Assert.True(result.Replacement.Bytes.Length < original.Length * 0.7);
    }

    [Fact]
    public void PngWithAlpha_KeepsItsTransparency()
    {
        var original = File.ReadAllBytes(TestPaths.SampleImage("images/logo.png"));

        var result = s_defaults.Optimize("logo.png", original);

        foreach (var output in result.Variants.Append(result.Replacement!))
        {
            using var decoded = PerceptualDifference.Decode(output.Bytes, animated: false);
            Assert.True(decoded.HasAlpha(), $"{output.Format} lost the alpha channel");
        }
    }

    [Fact]
    public void AnimatedGif_StaysAnimatedInGifAndWebPAndGetsNoAvif()
    {
        var original = File.ReadAllBytes(TestPaths.SampleImage("images/spinner.gif"));
        using var source = VipsOperations.Load("gifload_buffer", original, "n=-1");

        var result = s_defaults.Optimize("spinner.gif", original);

        Assert.Null(result.Problem);
        Assert.Equal(source.Pages, result.Frames);
        Assert.True(result.Frames > 1);
        Assert.DoesNotContain(result.Variants, v => v.Format == ImageFormat.Avif);
        foreach (var output in result.Variants.Append(result.Replacement).OfType<EncodedImage>())
        {
            using var decoded = PerceptualDifference.Decode(output.Bytes, animated: true);
            Assert.Equal(result.Frames, decoded.Pages);
            Assert.Equal(source.PageHeight, decoded.PageHeight);
        }
    }

    [Fact]
    public void AnimatedWebP_IsReencodedWithAllItsFrames()
    {
        using var frames = VipsOperations.Load("gifload_buffer", File.ReadAllBytes(TestPaths.SampleImage("images/spinner.gif")), "n=-1");
        var animatedWebP = VipsOperations.Save("webpsave_buffer", frames, "lossless=true,keep=none");

        var result = s_defaults.Optimize("spinner.webp", animatedWebP);

        Assert.Equal(ImageFormat.WebP, result.SourceFormat);
        Assert.Equal(frames.Pages, result.Frames);
        using var decoded = PerceptualDifference.Decode(result.Replacement?.Bytes ?? animatedWebP, animated: true);
        Assert.Equal(frames.Pages, decoded.Pages);
    }

    [Fact]
    public void MaxWidth_ShrinksWideImagesAndNeverEnlargesNarrowOnes()
    {
        var optimizer = new ImageOptimizer(new ImageOptions { MaxWidth = 800 });

        var wide = optimizer.Optimize("hero.jpg", File.ReadAllBytes(TestPaths.SampleImage("images/hero.jpg")), new ImageVariants(true, []));
        var narrow = optimizer.Optimize("logo.png", File.ReadAllBytes(TestPaths.SampleImage("images/logo.png")));

        Assert.All(wide.Variants.Append(wide.Replacement!), output => Assert.Equal(800, output.Width));
        Assert.Equal(520, narrow.Replacement!.Width);
    }

    [Fact]
    public void ExifRotatedPhoto_IsWrittenUpright()
    {
        var rotated = File.ReadAllBytes(TestPaths.SampleImage("images/about/studio-dogs.jpg"));
        using var stored = VipsOperations.Load("jpegload_buffer", rotated, "access=sequential");
        Assert.Equal(6, stored.Orientation);

        var result = s_defaults.Optimize("studio-dogs.jpg", rotated);

        using var written = PerceptualDifference.Decode(result.Replacement!.Bytes, animated: false);
        Assert.Equal(1, written.Orientation);
        Assert.Equal(stored.Height, written.Width);
        Assert.Equal(stored.Width, written.Height);
    }

    [Fact]
    public void BytesThatAreNotAnImage_AreKeptWithAReason()
    {
        var result = s_defaults.Optimize("fake.jpg", "<!doctype html><p>not a photo"u8.ToArray());

        Assert.Null(result.Replacement);
        Assert.Empty(result.Variants);
        Assert.Equal("not an image libvips can read", result.Problem);
    }

    [Fact]
    public void TruncatedJpeg_IsKeptWithLibvipsReason()
    {
        var photo = File.ReadAllBytes(TestPaths.SamplePhoto("raindrops.jpg"));

        var result = s_defaults.Optimize("raindrops.jpg", photo[..(photo.Length / 2)]);

        Assert.Null(result.Replacement);
        Assert.NotNull(result.Problem);
        Assert.Contains("jpeg", result.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Svg_IsLeftAsItIsWithoutComplaint()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"""u8.ToArray();

        var result = s_defaults.Optimize("icon.svg", svg);

        Assert.Null(result.SourceFormat);
        Assert.Null(result.Problem);
        Assert.Equal(svg.Length, result.OutputLength);
    }
}
