using System.Security.Cryptography;

namespace SiteOptimizer.Integrity;

/// <summary>The hash algorithms Subresource Integrity knows, weakest to strongest.</summary>
internal static class IntegrityAlgorithms
{
    /// <summary>1, 2 and 3 for sha256, sha384 and sha512; 0 for any other name (browsers ignore those tokens).</summary>
    public static int Strength(string algorithm) => algorithm.ToLowerInvariant() switch
    {
        "sha256" => 1,
        "sha384" => 2,
        "sha512" => 3,
        _ => 0,
    };

    /// <summary>The digest of <paramref name="body"/> with a known algorithm.</summary>
    public static byte[] Digest(string algorithm, ReadOnlySpan<byte> body) => Strength(algorithm) switch
    {
        1 => SHA256.HashData(body),
        2 => SHA384.HashData(body),
        3 => SHA512.HashData(body),
        _ => throw new ArgumentException($"'{algorithm}' is not an integrity algorithm.", nameof(algorithm)),
    };
}
