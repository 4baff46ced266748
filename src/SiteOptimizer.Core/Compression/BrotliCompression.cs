using System.IO.Compression;

namespace SiteOptimizer.Compression;

/// <summary>Brotli at its densest: quality 11, a 4 MiB window (lgwin 22), what brotli's own CLI uses.</summary>
internal static class BrotliCompression
{
    public const int Quality = 11;

    public const int Window = 22;

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        if (!BrotliEncoder.TryCompress(data, buffer, out var written, Quality, Window))
        {
            // GetMaxCompressedLength is an upper bound, so this means a bug, not bad input.
            throw new InvalidOperationException("Brotli output did not fit its maximum compressed length.");
        }
        return buffer.AsSpan(0, written).ToArray();
    }
}
