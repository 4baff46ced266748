using System.Text;

namespace SiteOptimizer.Crawling;

/// <summary>Bytes of HTML, CSS or JS to text: a byte-order mark wins, else UTF-8 (what the web defaults to).</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text when the bytes are UTF-8 (with or without a byte-order mark), else null.</summary>
    public static string? DecodeUtf8(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(s_strict.Preamble) ? s_strict.Preamble.Length : 0;
        try
        {
            return s_strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
