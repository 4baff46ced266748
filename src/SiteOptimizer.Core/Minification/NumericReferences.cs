using System.Globalization;
using System.Text;

namespace SiteOptimizer.Minification;

/// <summary>Writes characters beyond ASCII as <c>&amp;#x…;</c>, so a page that was pure ASCII stays readable in any encoding.</summary>
internal static class NumericReferences
{
    public static string EscapeNonAscii(string markup)
    {
        if (Ascii.IsValid(markup))
        {
            return markup;
        }
        var escaped = new StringBuilder(markup.Length + 16);
        foreach (var rune in markup.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
            }
            else
            {
                escaped.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
            }
        }
        return escaped.ToString();
    }
}
