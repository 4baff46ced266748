using System.Text;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Integrity;

/// <summary>
/// Once every file has its final bytes, gives each page's integrity values the digests of those
/// bytes, for the files the plan lets change: one digest for each algorithm the page used, since
/// browsers check only the strongest and any of its digests may match. Values that still match
/// are left as the author wrote them.
/// </summary>
/// <param name="plan">Which files pages name with integrity, and which of those may change.</param>
/// <param name="readFinal">A site file's bytes as written; null when there is no such file.</param>
internal sealed class IntegrityRewriter(IntegrityPlan plan, Func<string, byte[]?> readFinal)
{
    private readonly Dictionary<string, byte[]?> _final = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Value), string?> _values = [];

    /// <summary>The page with its integrity values rewritten; null when none needed it.</summary>
    /// <param name="page">The page's site path.</param>
    /// <param name="html">Its final text.</param>
    /// <param name="references">Its integrity values, found in <paramref name="html"/>.</param>
    public string? Rewrite(string page, string html, IReadOnlyList<IntegrityReference> references)
    {
        var edits = new List<(IntegritySpan Span, string Value)>();
        foreach (var reference in references)
        {
            if (reference.Span is { } span && reference.Metadata.IsEnforced
                && SitePaths.Resolve(page, reference.Url) is { } target && plan.Rewrites(target) && NewValue(target, reference) is { } value)
            {
                edits.Add((span, value));
            }
        }
        if (edits.Count == 0)
        {
            return null;
        }
        var builder = new StringBuilder(html.Length + 64);
        var position = 0;
        foreach (var (span, value) in edits.OrderBy(e => e.Span.Start))
        {
            if (span.Start < position)
            {
                continue;
            }
            builder.Append(html, position, span.Start - position).Append(span.Quoted ? value : '"' + value + '"');
            position = span.Start + span.Length;
        }
        return builder.Append(html, position, html.Length - position).ToString();
    }

    // Null when the value still matches the file as written.
    private string? NewValue(string target, IntegrityReference reference)
    {
        if (!_values.TryGetValue((target, reference.Value), out var value))
        {
            if (!_final.TryGetValue(target, out var bytes))
            {
                bytes = readFinal(target);
                _final[target] = bytes;
            }
            value = bytes is null || reference.Metadata.Matches(bytes) ? null : reference.Metadata.For(bytes);
            _values[(target, reference.Value)] = value;
        }
        return value;
    }
}
