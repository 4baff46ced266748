using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Integrity;

/// <summary>
/// Decided before any file is changed: which files pages name with <c>integrity</c>, which of those
/// may change (every page's digest matched the original, and can be rewritten), and which must be
/// kept as they are. A file no page names with an enforced <c>integrity</c> is none of its business.
/// </summary>
internal sealed class IntegrityPlan
{
    private readonly HashSet<string> _matched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Diagnostic> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]?> _originals = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Value), bool> _checked = [];
    private readonly Func<string, byte[]?> _readOriginal;

    private IntegrityPlan(Func<string, byte[]?> readOriginal) => _readOriginal = readOriginal;

    /// <summary>An empty plan: no page names a file with integrity.</summary>
    public static IntegrityPlan None { get; } = new(_ => null);

    /// <summary>Why each kept file is kept, one diagnostic a file.</summary>
    public IEnumerable<Diagnostic> Diagnostics => _kept.Values;

    /// <summary>Files that must be written exactly as they were.</summary>
    public IEnumerable<string> Kept => _kept.Keys;

    /// <param name="pages">Each page's path and original text, and whether the run rewrites it (a page it copies as it is keeps its values, so the files they name must stay too).</param>
    /// <param name="readOriginal">A site file's original bytes; null when there is no such file.</param>
    public static IntegrityPlan Check(IEnumerable<(string Path, string Html, bool Rewritten)> pages, Func<string, byte[]?> readOriginal)
    {
        var plan = new IntegrityPlan(readOriginal);
        foreach (var (page, html, rewritten) in pages)
        {
            foreach (var reference in IntegrityScanner.Find(html).Where(r => r.Metadata.IsEnforced))
            {
                plan.Check(page, reference, rewritten);
            }
        }
        return plan;
    }

    /// <summary>Whether the file must be written exactly as it was.</summary>
    public bool Keeps(string path) => _kept.ContainsKey(path);

    /// <summary>Whether pages name the file with digests that matched it, to be rewritten if it changes.</summary>
    public bool Rewrites(string path) => _matched.Contains(path) && !_kept.ContainsKey(path);

    /// <summary>Keeps a file found, late, to be named where its digest cannot be rewritten.</summary>
    public void Keep(string path, Diagnostic why) => _kept.TryAdd(path, why);

    private void Check(string page, IntegrityReference reference, bool rewritten)
    {
        if (SitePaths.Resolve(page, reference.Url) is { } target)
        {
            if (Original(target) is not { } bytes)
            {
                return; // A missing file: the crawl reports it.
            }
            if (!Matches(target, reference, bytes))
            {
                Keep(target, Warning(page, reference, $"kept {target} as is: the integrity this page gives it does not match it, so browsers refuse it already; fix the digest or the file"));
            }
            else if (!rewritten)
            {
                Keep(target, Warning(page, reference, $"kept {target} as is: this page is copied as it is, so the integrity it gives the file cannot be rewritten"));
            }
            else if (reference.Span is null)
            {
                Keep(target, Warning(page, reference, $"kept {target} as is: its integrity value here is written in a way (escapes, character references) that cannot be rewritten exactly"));
            }
            else
            {
                _matched.Add(target);
            }
            return;
        }
        // Another origin's file is not ours to change, unless it is this site's file under an
        // address not known as this site's: then the digest names the very bytes we hold.
        if (Uri.TryCreate(reference.Url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            && SitePaths.Resolve("", absolute.PathAndQuery) is { } samePath && Original(samePath) is { } local && Matches(samePath, reference, local))
        {
            Keep(samePath, Warning(page, reference,
                $"kept {samePath} as is: this page loads it from {absolute.GetLeftPart(UriPartial.Authority)} with an integrity that matches it; set siteUrl (or --site-url) if that address is this site"));
        }
    }

    private bool Matches(string target, IntegrityReference reference, byte[] bytes)
    {
        if (!_checked.TryGetValue((target, reference.Value), out var matches))
        {
            matches = reference.Metadata.Matches(bytes);
            _checked[(target, reference.Value)] = matches;
        }
        return matches;
    }

    /// <summary>A site file's bytes as they were; null when there is no such file.</summary>
    public byte[]? OriginalBytes(string path) => Original(path);

    private byte[]? Original(string path)
    {
        if (!_originals.TryGetValue(path, out var bytes))
        {
            bytes = _readOriginal(path);
            _originals[path] = bytes;
        }
        return bytes;
    }

    private static Diagnostic Warning(string page, IntegrityReference reference, string message) =>
        new(DiagnosticCodes.IntegrityKept, DiagnosticSeverity.Warning, page, reference.Line, 0, message);
}
