using System.Buffers.Binary;
using System.IO.Compression;
using NetVips;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Images of the hostile-input corpus, made by code through libvips from a real photograph of
/// the sample site, small enough that each case runs in a moment.
/// </summary>
internal static class HostileImages
{
    private static readonly Lazy<byte[]> s_photo = new(() =>
    {
        using var small = VipsOperations.Thumbnail(File.ReadAllBytes(TestPaths.SamplePhoto("ladybird.jpg")), 480);
        return VipsOperations.Save("jpegsave_buffer", small, "Q=92,keep=none");
    });

    /// <summary>A 480-pixel-wide photograph as a JPEG.</summary>
    public static byte[] Jpeg => s_photo.Value;

    /// <summary>The photograph as a PNG saved with little compression, so that siteopt can shrink it.</summary>
    public static byte[] Png => Convert("pngsave_buffer", "compression=1,keep=none");

    /// <summary>The photograph as a 32-pixel-wide PNG, for tests that need many images fast.</summary>
    public static byte[] Icon { get; } = MakeIcon();

    public static byte[] WebP => Convert("webpsave_buffer", "Q=90,keep=none");

    public static byte[] Gif => Convert("gifsave_buffer", "keep=none");

    /// <summary>The photograph in CMYK, as print workflows export it.</summary>
    public static byte[] CmykJpeg()
    {
        using var image = VipsOperations.Load("jpegload_buffer", Jpeg);
        using var cmyk = image.Colourspace(Enums.Interpretation.Cmyk);
        return VipsOperations.Save("jpegsave_buffer", cmyk, "Q=92,keep=icc");
    }

    /// <summary>The photograph as a 16-bit-per-channel PNG.</summary>
    public static byte[] Png16()
    {
        using var image = VipsOperations.Load("jpegload_buffer", Jpeg);
        using var wide = image.Colourspace(Enums.Interpretation.Rgb16);
        return VipsOperations.Save("pngsave_buffer", wide, "bitdepth=16,keep=none");
    }

    /// <summary>An animation of <paramref name="frames"/> frames (the photograph, each frame darker), in GIF or WebP.</summary>
    public static byte[] Animation(string saver, int frames)
    {
        using var first = VipsOperations.Thumbnail(Jpeg, 160);
        var strip = first.Copy();
        for (var i = 1; i < frames; i++)
        {
            using var darker = first.Linear([1.0 - (0.15 * i)], [0.0], uchar: true);
            using var joined = strip.Join(darker, Enums.Direction.Vertical);
            strip.Dispose();
            strip = joined.Copy();
        }
        using (strip)
        {
            using var inMemory = strip.CopyMemory();
            using var copy = inMemory.Mutate(tagged => tagged.Set(GValue.GIntType, "page-height", first.Height));
            return VipsOperations.Save(saver, copy, "keep=none");
        }
    }

    /// <summary>
    /// A decompression bomb: a valid PNG of <paramref name="width"/>×<paramref name="height"/>
    /// one-bit pixels, all black, that compresses to almost nothing.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        var row = new byte[1 + ((width + 7) / 8)];
        using var pixels = new MemoryStream();
        using (var deflate = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                deflate.Write(row);
            }
        }
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth; colour type 0 (grey), no interlace
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The first <paramref name="fraction"/> of the bytes, as a broken download leaves them.</summary>
    public static byte[] Truncated(byte[] bytes, double fraction) => bytes[..(int)(bytes.Length * fraction)];

    /// <summary>The bytes with <paramref name="count"/> of them from <paramref name="from"/> overwritten by noise (seeded, so every run sees the same file).</summary>
    public static byte[] Corrupted(byte[] bytes, int from, int count)
    {
        var copy = (byte[])bytes.Clone();
        new Random(from).NextBytes(copy.AsSpan(from, count));
        return copy;
    }

    private static byte[] MakeIcon()
    {
        using var small = VipsOperations.Thumbnail(Jpeg, 32);
        return VipsOperations.Save("pngsave_buffer", small, "compression=1,keep=none");
    }

    private static byte[] Convert(string saver, string options)
    {
        using var image = VipsOperations.Load("jpegload_buffer", Jpeg);
        return VipsOperations.Save(saver, image, options);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
