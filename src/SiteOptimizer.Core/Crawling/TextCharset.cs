using System.Text;
using System.Text.RegularExpressions;

namespace SiteOptimizer.Crawling;

/// <summary>
/// The character encoding of a page, stylesheet or script, found as a browser finds it: a
/// byte-order mark, else what the file declares (<c>@charset</c> at the start of a stylesheet,
/// <c>&lt;meta charset&gt;</c> in a page's first 1024 bytes), else UTF-8. Text is written back
/// in the same encoding, with the same byte-order mark, so the browser reads it as before.
/// </summary>
internal sealed partial record TextCharset(Encoding Encoding, bool ByteOrderMark)
{
    // A page's declaration must sit in its first 1024 bytes (the HTML standard's prescan).
    private const int PrescanBytes = 1024;

    static TextCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TextCharset Utf8 { get; } = new(new UTF8Encoding(false, throwOnInvalidBytes: true), false);

    /// <summary>The encoding's name, as a page declares it (<c>windows-1252</c>).</summary>
    public string Name => Encoding.WebName;

    /// <summary>The charset of these bytes; null when they declare one this machine does not know.</summary>
    public static TextCharset? Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8 with { ByteOrderMark = true };
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new TextCharset(new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true), true);
        }
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var declared = CssCharset().Match(head) is { Success: true } css ? css.Groups[1].Value
            : MetaCharset().Match(head) is { Success: true } meta ? meta.Groups[1].Value
            : null;
        return declared is null ? Utf8 : Named(declared.Trim().ToLowerInvariant());
    }

    /// <summary>The text, or null when the bytes are not valid in this encoding.</summary>
    public string? Decode(byte[] bytes)
    {
        try
        {
            return Encoding.GetString(bytes, Start(bytes), bytes.Length - Start(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The text, with any byte that does not fit replaced: good enough to find references in.</summary>
    public string DecodeLeniently(byte[] bytes)
    {
        var lenient = Encoding.GetEncoding(Encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return lenient.GetString(bytes, Start(bytes), bytes.Length - Start(bytes));
    }

    /// <summary>The bytes of <paramref name="text"/> in this encoding (and its byte-order mark); null when a character does not fit.</summary>
    public byte[]? Encode(string text)
    {
        try
        {
            return [.. Preamble, .. Encoding.GetBytes(text)];
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    // The strict encodings are made without a preamble; the code page's standard one has it.
    private byte[] Preamble => ByteOrderMark ? Encoding.GetEncoding(Encoding.CodePage).GetPreamble() : [];

    private int Start(byte[] bytes) => bytes.AsSpan().StartsWith(Preamble) ? Preamble.Length : 0;

    private static TextCharset? Named(string label)
    {
        // The labels browsers read as windows-1252, and UTF-16 declared without a byte-order
        // mark (which cannot be: the declaration itself was readable as ASCII), as the HTML standard says.
        var name = label switch
        {
            "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso8859-1" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf-16" or "utf-16le" or "utf-16be" or "utf8" or "unicode-1-1-utf-8" => "utf-8",
            _ => label,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return encoding.CodePage == Encoding.UTF8.CodePage ? Utf8 : new TextCharset(encoding, false);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""\A@charset\s+["']([^"']{1,40})["']\s*;""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssCharset();

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
