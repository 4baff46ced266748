using System.Security.Cryptography;

namespace SiteOptimizer.Caching;

/// <summary>The SHA-256 of a file's bytes, as lowercase hex: what the cache knows an input by.</summary>
internal readonly record struct ContentHash(string Hex)
{
    public static ContentHash Of(ReadOnlySpan<byte> bytes) => new(Convert.ToHexStringLower(SHA256.HashData(bytes)));

    public override string ToString() => Hex;
}
