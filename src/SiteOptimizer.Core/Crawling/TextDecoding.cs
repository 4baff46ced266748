namespace SiteOptimizer.Crawling;

/// <summary>Bytes of HTML, CSS or JS to text, in the encoding a browser would read them in (see <see cref="TextCharset"/>).</summary>
internal static class TextDecoding
{
    /// <summary>The text, with bytes that do not fit its encoding replaced (an unknown declared charset reads as UTF-8).</summary>
    public static string Decode(byte[] bytes) => (TextCharset.Of(bytes) ?? TextCharset.Utf8).DecodeLeniently(bytes);
}
