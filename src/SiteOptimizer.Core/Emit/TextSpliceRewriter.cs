using System.Text;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Emit;

/// <summary>Replaces URLs in CSS or JS by their exact spans, leaving every other character as the author wrote it.</summary>
internal static class TextSpliceRewriter
{
    /// <summary>The text with each reference whose <paramref name="replace"/> answers non-null replaced; null when nothing changed.</summary>
    public static string? Rewrite(string text, IEnumerable<Reference> references, Func<string, string?> replace)
    {
        var edits = references
            .Where(r => r.Offset >= 0 && r.Length >= 0)
            .Select(r => (r.Offset, r.Length, Replacement: replace(r.Url)))
            .Where(e => e.Replacement is not null)
            .OrderBy(e => e.Offset)
            .ToList();
        if (edits.Count == 0)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var (offset, length, replacement) in edits)
        {
            if (offset < position)
            {
                continue;
            }
            builder.Append(text, position, offset - position).Append(replacement);
            position = offset + length;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }
}
