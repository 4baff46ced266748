using SiteOptimizer.Cli;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Image files a site can hold that cannot or must not be decoded. Each one: the run finishes
/// with exit code 0, a warning names the file and the reason, and the original bytes are written.
/// </summary>
public sealed class BrokenImageTests
{
    [Theory]
    [InlineData("truncated.jpg", "SO1002", "kept as is:")]
    [InlineData("truncated.png", "SO1002", "kept as is:")]
    [InlineData("truncated.webp", "SO1002", "kept as is:")]
    [InlineData("truncated.gif", "SO1002", "kept as is:")]
    [InlineData("corrupt.jpg", "SO1002", "kept as is:")]
    [InlineData("corrupt.png", "SO1002", "kept as is:")]
    [InlineData("corrupt.webp", "SO1002", "kept as is:")]
    [InlineData("empty.jpg", "SO1001", "kept as is: not an image libvips can read")]
    [InlineData("page.png", "SO1001", "kept as is: not an image libvips can read")]
    [InlineData("bomb.png", "SO1003", "kept as is: 20000×20000 is 400000000 pixels, more than images.maxPixels (268402689); not decoded")]
    public async Task Optimize_BrokenImage_FinishesWarnsWithFileAndReasonAndKeepsTheOriginalBytes(string name, string code, string reason)
    {
        using var site = new HostileSite();
        site.Add(name, Make(name)).Add("good.jpg", HostileImages.Jpeg).Page($"<img src=\"{name}\" alt=x><img src=good.jpg alt=y>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"{name}: warning {code}: {reason}", run.Error);
        Assert.Equal(site.Source(name), site.Written(name));
        Assert.Contains(site.ReportedDiagnostics(), d => d.File == name && d.Code == code);
        Assert.True(site.Written("good.jpg").Length < site.Source("good.jpg").Length, "the good image beside it is still optimized");
        Assert.DoesNotContain(site.WrittenFiles(), f => f.StartsWith(Path.GetFileNameWithoutExtension(name) + ".", StringComparison.Ordinal) && f != name);
    }

    [Fact]
    public async Task Optimize_BombUnderARaisedPixelLimit_IsDecoded()
    {
        using var site = new HostileSite();
        site.Add("bomb.png", HostileImages.PngBomb(3000, 3000))
            .Add("optimizer.json", """{ "images": { "maxPixels": 8000000, "webP": { "variants": false }, "avif": { "variants": false } } }""");

        var refused = await site.OptimizeAsync("-c", Path.Combine(site.Root, "optimizer.json"));
        site.Add("optimizer.json", """{ "images": { "maxPixels": 9000000, "webP": { "variants": false }, "avif": { "variants": false } } }""");
        var decoded = await site.OptimizeAsync("-c", Path.Combine(site.Root, "optimizer.json"));

        Assert.Contains("bomb.png: warning SO1003: kept as is: 3000×3000 is 9000000 pixels, more than images.maxPixels (8000000)", refused.Error);
        Assert.Equal(ExitCodes.Success, decoded.ExitCode);
        Assert.DoesNotContain("bomb.png: warning", decoded.Error);
    }

    private static byte[] Make(string name) => name switch
    {
        "truncated.jpg" => HostileImages.Truncated(HostileImages.Jpeg, 0.5),
        "truncated.png" => HostileImages.Truncated(HostileImages.Png, 0.5),
        "truncated.webp" => HostileImages.Truncated(HostileImages.WebP, 0.5),
        "truncated.gif" => HostileImages.Truncated(HostileImages.Gif, 0.5),
        // Noise in the middle of the compressed data: JPEG's decoder notices, PNG's checksums do.
        "corrupt.jpg" => HostileImages.Corrupted(HostileImages.Jpeg, HostileImages.Jpeg.Length / 3, HostileImages.Jpeg.Length / 3),
        "corrupt.png" => HostileImages.Corrupted(HostileImages.Png, HostileImages.Png.Length / 3, HostileImages.Png.Length / 3),
        // Lossy WebP data carries no checksum, so noise there only looks wrong; noise in its frame header is caught.
        "corrupt.webp" => HostileImages.Corrupted(HostileImages.WebP, 20, 16),
        "empty.jpg" => [],
        "page.png" => "<!doctype html><p>an HTML page named like an image</p>"u8.ToArray(),
        "bomb.png" => HostileImages.PngBomb(20_000, 20_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
