using System.Globalization;
using System.Text;

namespace SiteOptimizer.Discovery;

/// <summary>Decodes the escapes of a JavaScript string literal (<c>\x2e</c>, <c>\u002e</c>, <c>\u{2e}</c>, <c>\'</c>, a line continuation).</summary>
internal static class JsStringDecoder
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
            if (raw[i] != '\\' || i + 1 == raw.Length)
            {
                decoded.Append(raw[i]);
                continue;
            }
            var c = raw[++i];
            switch (c)
            {
                case 'n': decoded.Append('\n'); break;
                case 't': decoded.Append('\t'); break;
                case 'r': decoded.Append('\r'); break;
                case 'b': decoded.Append('\b'); break;
                case 'f': decoded.Append('\f'); break;
                case 'v': decoded.Append('\v'); break;
                case '0': decoded.Append('\0'); break;
                case 'x' when TryHex(raw, i + 1, 2, out var code):
                    decoded.Append((char)code);
                    i += 2;
                    break;
                case 'u' when i + 1 < raw.Length && raw[i + 1] == '{' && raw.IndexOf('}', i) is var close and > 0
                    && TryHex(raw, i + 2, close - i - 2, out var point) && point is <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF):
                    decoded.Append(char.ConvertFromUtf32(point));
                    i = close;
                    break;
                case 'u' when TryHex(raw, i + 1, 4, out var unit):
                    decoded.Append((char)unit);
                    i += 4;
                    break;
                case '\r':
                    i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 1 : 0;
                    break;
                case '\n' or '\u2028' or '\u2029':
                    break;
                default:
                    decoded.Append(c);
                    break;
            }
        }
        return decoded.ToString();
    }

    private static bool TryHex(string raw, int start, int length, out int value)
    {
        value = 0;
        return length > 0 && start + length <= raw.Length
            && int.TryParse(raw.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }
}
