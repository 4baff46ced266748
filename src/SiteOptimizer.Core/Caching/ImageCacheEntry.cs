using SiteOptimizer.Imaging;

namespace SiteOptimizer.Caching;

/// <summary>
/// What optimizing one image produced, as stored: the result and the variants it was asked for.
/// An entry made for more variants answers a request for fewer (a live site's mirror asks for
/// every variant up front; the rewrite of its pages then asks for those the pages use).
/// </summary>
internal sealed record ImageCacheEntry(ImageVariants Covers, ImageResult Result)
{
    private const int FormatVersion = 1;

    public bool Answers(ImageVariants wanted) =>
        (Covers.OtherFormats || !wanted.OtherFormats) && wanted.Widths.All(Covers.Widths.Contains);

    /// <summary>
    /// The result exactly as <see cref="ImageOptimizer"/> makes it for <paramref name="wanted"/>. Its
    /// variants come in groups: other formats at full size, then for each width made (ascending) the
    /// source format first and the other formats after it; a group is kept or dropped whole.
    /// </summary>
    public ImageResult For(string name, ImageVariants wanted)
    {
        var widths = Covers.Widths.Distinct().Order().ToList();
        var variants = new List<EncodedImage>();
        var group = -1; // full size
        foreach (var variant in Result.Variants)
        {
            var ownFormat = variant.Format == Result.SourceFormat;
            group += ownFormat ? 1 : 0;
            var keep = group < 0 ? wanted.OtherFormats : wanted.Widths.Contains(widths[group]) && (ownFormat || wanted.OtherFormats);
            if (keep)
            {
                variants.Add(variant);
            }
        }
        return Result with { Name = name, Variants = variants, EncodeTime = TimeSpan.Zero };
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(FormatVersion);
            writer.Write(Covers.OtherFormats);
            writer.Write(Covers.Widths.Count);
            foreach (var width in Covers.Widths)
            {
                writer.Write(width);
            }
            writer.Write(Result.SourceFormat is { } format ? (int)format : -1);
            writer.Write(Result.OriginalLength);
            writer.Write(Result.Frames);
            writer.Write(Result.Problem ?? "");
            writer.Write(Result.Replacement is not null);
            if (Result.Replacement is { } replacement)
            {
                Write(writer, replacement);
            }
            writer.Write(Result.Variants.Count);
            foreach (var variant in Result.Variants)
            {
                Write(writer, variant);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The entry in <paramref name="payload"/>, or null when it is not one this version wrote.</summary>
    public static ImageCacheEntry? FromBytes(ReadOnlyMemory<byte> payload)
    {
        using var reader = new BinaryReader(new MemoryStream(payload.ToArray(), writable: false));
        try
        {
            if (reader.ReadInt32() != FormatVersion)
            {
                return null;
            }
            var covers = new ImageVariants(reader.ReadBoolean(), [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadInt32())]);
            var format = reader.ReadInt32();
            var originalLength = reader.ReadInt64();
            var frames = reader.ReadInt32();
            var problem = reader.ReadString();
            var replacement = reader.ReadBoolean() ? Read(reader) : null;
            var variants = Enumerable.Range(0, reader.ReadInt32()).Select(_ => Read(reader)).ToList();
            var result = new ImageResult("", format < 0 ? null : (ImageFormat)format, originalLength, replacement, variants, frames, TimeSpan.Zero, problem.Length == 0 ? null : problem);
            return new ImageCacheEntry(covers, result);
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, EncodedImage image)
    {
        writer.Write((int)image.Format);
        writer.Write(image.Width);
        writer.Write(image.Height);
        writer.Write(image.Bytes.Length);
        writer.Write(image.Bytes);
    }

    private static EncodedImage Read(BinaryReader reader)
    {
        var format = (ImageFormat)reader.ReadInt32();
        var width = reader.ReadInt32();
        var height = reader.ReadInt32();
        var length = reader.ReadInt32();
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? new EncodedImage(format, bytes, width, height) : throw new EndOfStreamException();
    }
}
