using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;

namespace SiteOptimizer.Pipeline;

/// <summary>Turns what failed in the crawl into diagnostics: one per reference to a missing or unreachable resource, at the reference.</summary>
internal static class CrawlDiagnostics
{
    private const string PageLimitNote = "beyond crawl.maxPages";

    public static IEnumerable<Diagnostic> From(SiteGraph graph, Uri? folderRoot)
    {
        var failed = graph.Resources.Where(r => r.State == ResourceState.Failed).ToDictionary(r => r.Url, StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            if (failed.TryGetValue(edge.To, out var target))
            {
                referenced.Add(edge.To);
                var code = target.Status == 404 ? DiagnosticCodes.BrokenReference : DiagnosticCodes.FetchFailed;
                var what = edge.Discovery == DiscoveryKind.Navigation ? "link" : "reference";
                yield return new Diagnostic(code, DiagnosticSeverity.Warning, Name(edge.From, folderRoot), edge.Line, edge.Column,
                    $"{what} to {Name(edge.To, folderRoot)}: {target.Note}");
            }
        }
        // A folder need not have an index page (an app's wwwroot often has none): a missing
        // entry page is only worth a warning for a live site.
        var quiet = folderRoot is null ? [] : graph.EntryPages.Where(p => failed.TryGetValue(p, out var r) && r.Status == 404).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in failed.Values.Where(r => !referenced.Contains(r.Url) && !quiet.Contains(r.Url)))
        {
            yield return new Diagnostic(DiagnosticCodes.FetchFailed, DiagnosticSeverity.Warning, Name(entry.Url, folderRoot), 0, 0, entry.Note ?? "could not be fetched");
        }
        if (PageLimit(graph) is { } limit)
        {
            yield return limit;
        }
    }

    // A cap that bites must say so: the pages it left out are missing from the output and the estimate.
    private static Diagnostic? PageLimit(SiteGraph graph)
    {
        var beyond = graph.Resources.Where(r => r.IsPage && r.State == ResourceState.Skipped && r.Note?.StartsWith(PageLimitNote, StringComparison.Ordinal) == true).ToList();
        return beyond.Count == 0 ? null : new Diagnostic(DiagnosticCodes.PageLimitReached, DiagnosticSeverity.Warning, graph.Root, 0, 0,
            $"{beyond.Count} more {(beyond.Count == 1 ? "page" : "pages")} found were left out, {beyond[0].Note}, with whatever only they link to; "
            + "raise crawl.maxPages or --max-pages to include them");
    }

    // In a folder, name files by their path; for a live site, by URL.
    private static string Name(string url, Uri? folderRoot)
    {
        if (folderRoot is null)
        {
            return url;
        }
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
