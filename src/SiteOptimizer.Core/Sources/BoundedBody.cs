using System.Runtime.CompilerServices;

namespace SiteOptimizer.Sources;

/// <summary>Reads a response body up to a size limit, so an endless body cannot exhaust memory.</summary>
internal static class BoundedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>; <paramref name="arrived"/> counts the bytes read so far, also when the read is cancelled.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, StrongBox<long> arrived, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (declared is { } length)
        {
            // The usual case: the framing stops the stream at the declared length (a shorter body
            // fails the read), so it goes straight into an array of that size, with no growing
            // buffer and no copy at the end. Decompressed content declares no length.
            var body = new byte[length];
            var filled = 0;
            int got;
            while (filled < body.Length && (got = await stream.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += got;
                arrived.Value = filled;
            }
            return filled == body.Length ? body : body[..filled];
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
            arrived.Value = buffer.Length;
        }
        return buffer.ToArray();
    }
}
