using NetVips;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Imaging.Vips;

public sealed class VipsOperationsTests
{
    private static readonly byte[] s_photo = File.ReadAllBytes(TestPaths.SamplePhoto("nuthatch.jpg"));

    [Fact]
    public void Version_IsTheBundledLibvips()
    {
        Assert.StartsWith("8.18.", VipsRuntime.Version);
    }

    [Fact]
    public void FindLoader_NamesTheLoaderFromTheBytesNotTheName()
    {
        Assert.Equal("jpegload_buffer", VipsOperations.FindLoader(s_photo));
        Assert.Equal("pngload_buffer", VipsOperations.FindLoader(File.ReadAllBytes(TestPaths.SampleImage("images/logo.png"))));
        Assert.Null(VipsOperations.FindLoader("<html></html>"u8));
    }

    [Fact]
    public void Load_ReadsTheHeader()
    {
        using var image = VipsOperations.Load("jpegload_buffer", s_photo, "access=sequential");

        Assert.InRange(image.Width * image.Height, 1_000_000, 4_200_000);
        Assert.Equal(3, image.Bands);
        Assert.False(image.HasAlpha());
        Assert.Equal(1, image.Pages);
        Assert.Equal("jpegload_buffer", image.Loader);
    }

    [Fact]
    public void Thumbnail_ShrinksToTheWidthAndKeepsTheAspectRatio()
    {
        using var original = VipsOperations.Load("jpegload_buffer", s_photo, "access=sequential");
        using var thumbnail = VipsOperations.Thumbnail(s_photo, 400);

        Assert.Equal(400, thumbnail.Width);
        Assert.Equal(Math.Round(400.0 * original.Height / original.Width), thumbnail.Height, tolerance: 1);
    }

    [Fact]
    public void Thumbnail_NeverEnlarges()
    {
        using var original = VipsOperations.Load("jpegload_buffer", s_photo, "access=sequential");
        using var thumbnail = VipsOperations.Thumbnail(s_photo, original.Width * 3);

        Assert.Equal(original.Width, thumbnail.Width);
    }

    [Fact]
    public void Thumbnail_AppliesTheExifOrientation()
    {
        var rotated = TestImages.WithOrientation(s_photo, 6);
        using var original = VipsOperations.Load("jpegload_buffer", rotated, "access=sequential");
        Assert.Equal(6, original.Orientation);

        using var upright = VipsOperations.Thumbnail(rotated, 100_000);

        Assert.Equal(original.Height, upright.Width);
        Assert.Equal(original.Width, upright.Height);
    }

    [Theory]
    [InlineData("jpegsave_buffer", "Q=80,keep=icc", "jpegload_buffer")]
    [InlineData("webpsave_buffer", "Q=80,effort=4,keep=icc", "webpload_buffer")]
    [InlineData("heifsave_buffer", "compression=av1,Q=50,effort=4,bitdepth=8,keep=icc", "heifload_buffer")]
    [InlineData("pngsave_buffer", "palette=true,Q=100,effort=7,keep=none", "pngload_buffer")]
    [InlineData("gifsave_buffer", "effort=7,keep=none", "gifload_buffer")]
    public void Save_WritesEachFormatThatLoadsBack(string saver, string options, string loader)
    {
        using var image = VipsOperations.Thumbnail(s_photo, 320);

        var bytes = VipsOperations.Save(saver, image, options);

        Assert.Equal(loader, VipsOperations.FindLoader(bytes));
        using var loaded = VipsOperations.Load(loader, bytes);
        Assert.Equal(image.Width, loaded.Width);
        Assert.Equal(image.Height, loaded.Height);
    }

    [Fact]
    public void Save_KeepIcc_DropsExifButKeepsTheColourProfile()
    {
        var tagged = TestImages.WithOrientation(s_photo, 3);
        using var image = VipsOperations.Load("jpegload_buffer", tagged);
        Assert.True(image.Contains("exif-data"));

        var saved = VipsOperations.Save("jpegsave_buffer", image, "Q=80,keep=icc");

        using var reloaded = VipsOperations.Load("jpegload_buffer", saved);
        Assert.False(reloaded.Contains("exif-data"));
        Assert.Equal(image.Contains("icc-profile-data"), reloaded.Contains("icc-profile-data"));
    }

    [Fact]
    public void Build_OfCorruptBytes_ThrowsWithLibvipsMessage()
    {
        var truncated = s_photo.AsSpan(0, 2000).ToArray();

        var error = Assert.Throws<VipsException>(() =>
        {
            using var image = VipsOperations.Load("jpegload_buffer", truncated, "fail_on=truncated");
            using var copy = image.CopyMemory();
        });

        Assert.Contains("jpeg", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Save_BadOptionString_ThrowsWithLibvipsMessage()
    {
        using var image = VipsOperations.Thumbnail(s_photo, 64);

        var error = Assert.Throws<VipsException>(() => VipsOperations.Save("jpegsave_buffer", image, "quality_of_life=9"));

        Assert.Contains("quality_of_life", error.Message);
    }
}
