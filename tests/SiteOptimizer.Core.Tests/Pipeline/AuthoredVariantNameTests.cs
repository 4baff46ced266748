using NetVips;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>
/// A file the author made that has a variant's name (<c>photo.webp</c> beside <c>photo.jpg</c>) is
/// the author's image, not a variant of an earlier run: it is never offered in its place, and
/// never overwritten.
/// </summary>
public sealed class AuthoredVariantNameTests
{
    [Fact]
    public async Task Optimize_HandMadeWebpOfAnotherPictureBesideAJpeg_IsNotOfferedAsItsVariant()
    {
        using var site = new TempDirectory();
        using var output = new TempDirectory();
        var jpeg = File.ReadAllBytes(Path.Combine(TestPaths.SampleSite, "images", "gallery", "ladybird.jpg"));
        using var photo = VipsOperations.Load("jpegload_buffer", jpeg);
        var other = SameSizeWebp(Path.Combine(TestPaths.SampleSite, "images", "gallery", "dragonfly.jpg"), photo.Width, photo.Height);
        File.WriteAllBytes(site.Combine("photo.jpg"), jpeg);
        File.WriteAllBytes(site.Combine("photo.webp"), other);
        File.WriteAllText(site.Combine("index.html"), "<!doctype html><html><head><title>t</title></head><body><main><img src=\"photo.jpg\" alt=\"\"></main></body></html>");

        await new SiteOptimizerPipeline(new OptimizerOptions()).OptimizeAsync(site.Path, output.Path);

        var page = File.ReadAllText(output.Combine("index.html"));
        Assert.DoesNotContain("photo.webp", page, StringComparison.Ordinal);
        Assert.False(File.Exists(output.Combine("photo.avif")), "photo.jpg got variants though its WebP name is the author's");
        using var kept = VipsOperations.Load("webpload_buffer", File.ReadAllBytes(output.Combine("photo.webp")));
        using var dragonfly = VipsOperations.Load("webpload_buffer", other);
        Assert.True(SiteOptimizer.Imaging.PerceptualDifference.MeanDeltaE00(dragonfly, kept) < 2, "the author's photo.webp was replaced by another picture");
    }

    private static byte[] SameSizeWebp(string jpegPath, int width, int height)
    {
        using var image = Image.ThumbnailBuffer(File.ReadAllBytes(jpegPath), width, height: height, size: Enums.Size.Force);
        return VipsOperations.Save("webpsave_buffer", image, "Q=90");
    }
}
