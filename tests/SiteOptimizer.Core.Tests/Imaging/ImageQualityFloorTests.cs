using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Imaging;

/// <summary>
/// The default settings must not visibly damage a photograph. Each output is decoded and
/// compared with the decoded original by <see cref="PerceptualDifference"/> (mean ΔE00 after
/// a viewing blur): about 1 is the smallest difference a person notices side by side in a
/// smooth area; in busy, noisy textures larger values stay invisible (texture masking).
/// </summary>
public sealed class ImageQualityFloorTests(ITestOutputHelper output)
{
    // Limits per photograph, about 1.5× what the defaults measured on 2026-11-21
    // (JPEG / WebP / AVIF): dandelion-seeds, smooth bokeh, 0.62 / 0.76 / 0.73; nuthatch,
    // feathers on a soft background, 1.23 / 1.42 / 1.42; forest-stream, soft and noisy
    // (film grain over moss and rock), 2.16 / 2.44 / 3.17. Lowering a quality setting or
    // breaking colour handling pushes them over.
    public static TheoryData<string, ImageFormat, double> Photos()
    {
        var data = new TheoryData<string, ImageFormat, double>();
        foreach (var (photo, limit) in new[] { ("dandelion-seeds.jpg", 1.2), ("nuthatch.jpg", 2.1), ("forest-stream.jpg", 4.5) })
        {
            foreach (var format in new[] { ImageFormat.Jpeg, ImageFormat.WebP, ImageFormat.Avif })
            {
                data.Add(photo, format, limit);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Photos))]
    public void DefaultSettings_StayUnderTheVisibleDifferenceFloor(string photo, ImageFormat format, double maxMeanDeltaE)
    {
        var original = File.ReadAllBytes(TestPaths.SamplePhoto(photo));
        using var reference = VipsOperations.Load("jpegload_buffer", original);

        var encoded = new ImageEncoder(new ImageOptions()).Encode(reference, format);
        var deltaE = PerceptualDifference.MeanDeltaE00(reference, encoded, animated: false);

        output.WriteLine($"{photo} → {format}: {original.Length:N0} → {encoded.Length:N0} bytes, mean ΔE00 {deltaE:F2}");
        Assert.InRange(deltaE, 0.01, maxMeanDeltaE);
    }

    [Theory]
    [InlineData("images/logo.png")]
    [InlineData("images/route-map.png")]
    [InlineData("images/icons/compass.png")]
    public void PaletteGraphics_StayUnderTheOptimizersPaletteLimit(string graphic)
    {
        var original = File.ReadAllBytes(TestPaths.SampleImage(graphic));
        using var reference = VipsOperations.Load("pngload_buffer", original);

        var result = new ImageOptimizer(new ImageOptions()).Optimize(graphic, original);

        Assert.NotNull(result.Replacement);
        var deltaE = PerceptualDifference.MeanDeltaE00(reference, result.Replacement.Bytes, animated: false);
        output.WriteLine($"{graphic}: {original.Length:N0} → {result.Replacement.Bytes.Length:N0} bytes, mean ΔE00 {deltaE:F3}");
        Assert.InRange(deltaE, 0, new PngOptions().MaxPaletteDeltaE);
    }
}
