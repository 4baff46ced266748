using System.Text.RegularExpressions;
using SiteOptimizer.Cli;
using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Valid images of unusual kinds: each is optimized without a warning, and what a visitor sees
/// (orientation, colours, frames) is what the original showed.
/// </summary>
public sealed partial class UnusualImageTests
{
    // Under 2 is hard to see side by side; a channel mix-up or an inverted CMYK is above 20.
    private const double SameColours = 2.5;

    [Theory]
    [InlineData("cmyk.jpg")]
    [InlineData("deep.png")]
    public async Task Optimize_CmykOr16BitImage_KeepsItsColoursInEveryFileWritten(string name)
    {
        using var site = new HostileSite();
        site.Add(name, name == "cmyk.jpg" ? HostileImages.CmykJpeg() : HostileImages.Png16()).Page($"<img src=\"{name}\" alt=x>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        using var original = PerceptualDifference.Decode(site.Source(name), animated: false);
        var stem = Path.GetFileNameWithoutExtension(name);
        var written = site.WrittenFiles().Where(f => f.StartsWith(stem, StringComparison.Ordinal) && !f.Contains("-640w", StringComparison.Ordinal)).ToList();
        Assert.Contains(written, f => f.EndsWith(".webp", StringComparison.Ordinal));
        foreach (var file in written)
        {
            Assert.True(PerceptualDifference.MeanDeltaE00(original, site.Written(file), animated: false) < SameColours, file);
        }
    }

    [Fact]
    public async Task Optimize_ExifRotatedPhoto_IsWrittenUprightAndThePageGetsTheUprightSize()
    {
        using var site = new HostileSite();
        site.Add("turned.jpg", TestImages.WithOrientation(HostileImages.Jpeg, 6)).Page("<img src=turned.jpg alt=x>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var stored = VipsOperations.Load("jpegload_buffer", site.Source("turned.jpg"));
        using var written = PerceptualDifference.Decode(site.Written("turned.jpg"), animated: false);
        Assert.Equal((stored.Height, stored.Width, 1), (written.Width, written.Height, written.Orientation));
        Assert.Contains($"width={stored.Height} height={stored.Width}", Regex.Replace(site.WrittenText("index.html"), "\"", ""));
    }

    [Theory]
    [InlineData("moving.gif", "gifsave_buffer")]
    [InlineData("moving.webp", "webpsave_buffer")]
    public async Task Optimize_Animation_KeepsEveryFrameAndIsNotOfferedAsAStillAvif(string name, string saver)
    {
        using var site = new HostileSite();
        site.Add(name, HostileImages.Animation(saver, 4)).Page($"<img src=\"{name}\" alt=x>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        using var written = PerceptualDifference.Decode(site.Written(name), animated: true);
        Assert.Equal(4, written.Pages);
        Assert.DoesNotContain(site.WrittenFiles(), f => f.EndsWith(".avif", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Optimize_ImageWhoseExtensionLies_IsOptimizedAsWhatItsBytesAre()
    {
        using var site = new HostileSite();
        site.Add("photo.gif", HostileImages.Png).Page("<img src=photo.gif alt=x>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        Assert.Equal("pngload_buffer", VipsOperations.FindLoader(site.Written("photo.gif")));
        Assert.True(site.Written("photo.gif").Length < site.Source("photo.gif").Length);
    }

    [Fact]
    public async Task Optimize_VeryLargeSvg_IsCopiedAsItIs()
    {
        using var site = new HostileSite();
        var shapes = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"<circle cx=\"{i % 997}\" cy=\"{i % 991}\" r=\"{i % 13}\" fill=\"#{i % 4096:x3}\"/>\n"));
        site.Add("big.svg", $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"1000\">{shapes}</svg>").Page("<img src=big.svg alt=x>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(site.Source("big.svg").Length > 2_000_000);
        Assert.Equal(site.Source("big.svg"), site.Written("big.svg"));
    }
}
