using System.Globalization;
using System.Text;

namespace SiteOptimizer.Discovery;

/// <summary>Decodes CSS escapes (<c>\31 </c>, <c>\"</c>, an escaped newline) in a string or an unquoted <c>url()</c>.</summary>
internal static class CssEscapes
{
    public static string Decode(string raw)
    {
        if (!raw.Contains('\\'))
        {
            return raw;
        }
        var decoded = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                decoded.Append(raw[i]);
                continue;
            }
            if (++i == raw.Length)
            {
                break;
            }
            if (char.IsAsciiHexDigit(raw[i]))
            {
                i = AppendHexEscape(raw, i, decoded);
            }
            else if (raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
            {
                i++; // an escaped CR LF continues the string on the next line
            }
            else if (raw[i] is not ('\n' or '\r' or '\f'))
            {
                decoded.Append(raw[i]);
            }
        }
        return decoded.ToString();
    }

    /// <summary>Appends the code point of up to six hex digits and returns the index of the last character consumed.</summary>
    private static int AppendHexEscape(string raw, int start, StringBuilder decoded)
    {
        var end = start;
        while (end < raw.Length && end - start < 6 && char.IsAsciiHexDigit(raw[end]))
        {
            end++;
        }
        var codePoint = int.Parse(raw.AsSpan(start, end - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var valid = codePoint is > 0 and <= 0x10FFFF && codePoint is < 0xD800 or > 0xDFFF;
        decoded.Append(char.ConvertFromUtf32(valid ? codePoint : 0xFFFD));

        // One whitespace after a hex escape belongs to the escape (CR LF counts as one).
        if (end < raw.Length && raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n')
        {
            return end + 1;
        }
        return end < raw.Length && raw[end] is ' ' or '\t' or '\n' or '\r' or '\f' ? end : end - 1;
    }
}
