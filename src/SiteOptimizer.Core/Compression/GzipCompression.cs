using System.IO.Compression;

namespace SiteOptimizer.Compression;

/// <summary>
/// gzip at level 9 with byte-identical output for identical input: no file name, a zero
/// timestamp, and the operating-system byte set to 255 ("unknown") so Windows and Unix agree.
/// </summary>
internal static class GzipCompression
{
    private const int OperatingSystemOffset = 9;

    private const byte UnknownOperatingSystem = 255;

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 3 + 64);
        using (var gzip = new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = 9 }, leaveOpen: true))
        {
            gzip.Write(data);
        }
        var bytes = output.ToArray();
        // zlib writes its build platform here (3 on Unix, 10 on Windows); the header has no CRC, so it may change.
        bytes[OperatingSystemOffset] = UnknownOperatingSystem;
        return bytes;
    }
}
