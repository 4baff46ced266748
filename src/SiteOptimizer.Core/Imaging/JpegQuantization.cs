namespace SiteOptimizer.Imaging;

/// <summary>
/// The quantization tables of a JPEG (its DQT segments), read from the bytes. Two JPEGs with
/// the same tables were quantized alike: re-encoding one as the other adds a generation of loss
/// and gains only what the entropy coder finds, so such a re-encode is not worth keeping.
/// </summary>
internal static class JpegQuantization
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;
    private const byte DefineQuantizationTables = 0xDB;

    /// <summary>Whether both JPEGs define the same quantization tables (false when either has none or cannot be read).</summary>
    public static bool Same(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) =>
        Tables(first) is { Count: > 0 } a && Tables(second) is { Count: > 0 } b
        && a.Count == b.Count && a.All(table => b.TryGetValue(table.Key, out var other) && table.Value.AsSpan().SequenceEqual(other));

    /// <summary>
    /// Each table the header defines before the first scan, by its slot (0–3), with its precision
    /// byte first; null when the bytes are not a JPEG or a segment runs past the end.
    /// </summary>
    public static Dictionary<int, byte[]>? Tables(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != Marker || jpeg[1] != StartOfImage)
        {
            return null;
        }
        var tables = new Dictionary<int, byte[]>();
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != Marker)
            {
                return null;
            }
            var kind = jpeg[at + 1];
            if (kind == Marker)
            {
                at++; // A fill byte before a marker.
                continue;
            }
            if (kind is StartOfScan or EndOfImage)
            {
                return tables;
            }
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return null;
            }
            if (kind == DefineQuantizationTables && !Read(jpeg.Slice(at + 4, length - 2), tables))
            {
                return null;
            }
            at += 2 + length;
        }
        return null;
    }

    // One DQT segment: tables of 64 entries, each one byte (precision 0) or two (precision 1).
    private static bool Read(ReadOnlySpan<byte> segment, Dictionary<int, byte[]> tables)
    {
        while (segment.Length > 0)
        {
            var size = 1 + ((segment[0] >> 4) == 0 ? 64 : 128);
            if (segment.Length < size)
            {
                return false;
            }
            tables[segment[0] & 0x0F] = segment[..size].ToArray();
            segment = segment[size..];
        }
        return true;
    }
}
