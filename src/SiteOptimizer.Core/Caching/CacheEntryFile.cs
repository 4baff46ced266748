using System.Security.Cryptography;

namespace SiteOptimizer.Caching;

/// <summary>
/// The bytes of one cache entry on disk: a magic number, the SHA-256 of the payload, the payload.
/// A truncated file, a flipped bit or a file of another format fails <see cref="TryOpen"/>.
/// </summary>
internal static class CacheEntryFile
{
    private static ReadOnlySpan<byte> Magic => "SOC1"u8;

    private const int HeaderLength = 4 + SHA256.HashSizeInBytes;

    public static byte[] Seal(ReadOnlySpan<byte> payload)
    {
        var file = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(file);
        SHA256.HashData(payload, file.AsSpan(Magic.Length, SHA256.HashSizeInBytes));
        payload.CopyTo(file.AsSpan(HeaderLength));
        return file;
    }

    /// <summary>The payload, or null when the file is not a complete, intact entry.</summary>
    public static ReadOnlyMemory<byte>? TryOpen(byte[] file)
    {
        if (file.Length < HeaderLength || !file.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }
        var payload = file.AsMemory(HeaderLength);
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(payload.Span, actual);
        return actual.SequenceEqual(file.AsSpan(Magic.Length, SHA256.HashSizeInBytes)) ? payload : (ReadOnlyMemory<byte>?)null;
    }
}
