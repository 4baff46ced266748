using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SiteOptimizer.Sharding;

/// <summary>
/// One part of a site's images, for splitting the encoding over machines: shard <see cref="Index"/>
/// of <see cref="Count"/> takes the images whose path hashes to it. The hash is SHA-256 of the path,
/// so the split is the same on every machine and run, and every image is in exactly one shard.
/// </summary>
/// <param name="Index">Which shard, from 1.</param>
/// <param name="Count">How many shards, at least 1.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Reads <c>i/n</c>, e.g. <c>2/4</c>; null when it is not that form with 1 ≤ i ≤ n.</summary>
    public static ShardSpec? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && index >= 1 && index <= count
            ? new ShardSpec(index, count)
            : null;
    }

    /// <summary>Whether the file at this site-relative path belongs to this shard.</summary>
    public bool Contains(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)Count) == Index - 1;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
