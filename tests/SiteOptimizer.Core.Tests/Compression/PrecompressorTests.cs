using System.IO.Compression;
using System.Text;
using SiteOptimizer.Compression;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Compression;

public sealed class PrecompressorTests
{
    private static readonly Precompressor s_precompressor = new(new PrecompressOptions());

    private static byte[] SampleFile(string relativePath) => File.ReadAllBytes(Path.Combine(TestPaths.SampleSite, relativePath));

    [Theory]
    [InlineData("gallery.html")]
    [InlineData("css/main.css")]
    [InlineData("js/lightbox.js")]
    public void Compress_SampleFile_RoundTripsThroughBothDecoders(string relativePath)
    {
        var original = SampleFile(relativePath);

        var siblings = s_precompressor.Compress(original);

        Assert.Equal(original, Decompress(new BrotliStream(new MemoryStream(siblings.Brotli!), CompressionMode.Decompress)));
        Assert.Equal(original, Decompress(new GZipStream(new MemoryStream(siblings.Gzip!), CompressionMode.Decompress)));
        Assert.True(siblings.Brotli!.Length < siblings.Gzip!.Length, $"br {siblings.Brotli.Length} vs gz {siblings.Gzip.Length}");
        Assert.True(siblings.Gzip.Length < original.Length / 2);
    }

    [Fact]
    public void Compress_SameBytesTwice_GivesIdenticalOutput()
    {
        var original = SampleFile("css/main.css");

        var first = new Precompressor(new PrecompressOptions()).Compress(original);
        var second = new Precompressor(new PrecompressOptions()).Compress(original.ToArray());

        Assert.Equal(first.Brotli, second.Brotli);
        Assert.Equal(first.Gzip, second.Gzip);
    }

    [Fact]
    public void Compress_Gzip_HasNoTimestampNorFileNameAndAPlatformNeutralHeader()
    {
        var gzip = s_precompressor.Compress(SampleFile("css/main.css")).Gzip!;

        // ID1 ID2 CM=deflate FLG=0 (no name, comment, extra, header CRC), MTIME=0, XFL=2 (slowest), OS=255 (unknown).
        Assert.Equal(new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255 }, gzip[..10]);
    }

    [Fact]
    public void Compress_IncompressibleBytes_GivesNoSiblings()
    {
        var random = new byte[4096];
        new Random(42).NextBytes(random);

        var siblings = s_precompressor.Compress(random);

        Assert.Same(PrecompressedSiblings.None, siblings);
    }

    [Fact]
    public void Compress_WithGzipOff_GivesOnlyBrotli()
    {
        var siblings = new Precompressor(new PrecompressOptions { Gzip = false }).Compress(SampleFile("css/main.css"));

        Assert.NotNull(siblings.Brotli);
        Assert.Null(siblings.Gzip);
    }

    [Theory]
    [InlineData("index.html", 2000, true)]
    [InlineData("css/MAIN.CSS", 2000, true)]
    [InlineData("site.webmanifest", 2000, true)]
    [InlineData("index.html", 1023, false)]
    [InlineData("photo.jpg", 200_000, false)]
    [InlineData("font.woff2", 50_000, false)]
    [InlineData("archive.gz", 50_000, false)]
    public void Applies_ByExtensionAndSize(string path, long length, bool expected) =>
        Assert.Equal(expected, s_precompressor.Applies(path, length));

    [Fact]
    public void Applies_WithBothFormatsOff_IsFalse() =>
        Assert.False(new Precompressor(new PrecompressOptions { Brotli = false, Gzip = false }).Applies("index.html", 50_000));

    [Fact]
    public void Compress_ManyThreadsAtOnce_GiveTheSameBytes()
    {
        var original = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Hello, precompressed world.</p>\n", 400)));
        var expected = s_precompressor.Compress(original);

        var results = new PrecompressedSiblings[16];
        Parallel.For(0, results.Length, i => results[i] = s_precompressor.Compress(original));

        Assert.All(results, r => Assert.Equal(expected.Brotli, r.Brotli));
        Assert.All(results, r => Assert.Equal(expected.Gzip, r.Gzip));
    }

    private static byte[] Decompress(Stream decompressing)
    {
        using (decompressing)
        {
            using var output = new MemoryStream();
            decompressing.CopyTo(output);
            return output.ToArray();
        }
    }
}
