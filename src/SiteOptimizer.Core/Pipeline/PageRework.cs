using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Estimation;
using SiteOptimizer.Progress;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A folder run's pages once written, ready to be written again with some kinds of change held
/// back on some pages: rewritten, minified, written and precompressed as the first time (the
/// <c>_headers</c> file too), their integrity values kept true, or put back as they were before that.
/// </summary>
internal sealed class PageRework(
    OptimizerOptions options, RewriteStage rewrite, IReadOnlyList<TextFile> texts, SiteWriter writer, PrecompressCache? cache, Action<SiteWriter> writeHeadersFile, IntegrityStage integrity)
{
    private readonly Dictionary<string, TextFile> _pages = texts.Where(t => t.File.Type == FileType.Html).ToDictionary(t => t.Path, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _previous = new(StringComparer.Ordinal);

    /// <summary>The kinds of change the first rewrite made to a page that could be held back on it alone.</summary>
    public IReadOnlySet<ChangeKind> AppliedTo(string pagePath) => rewrite.AppliedTo(pagePath);

    /// <summary>Rewrites and writes each page again without the kinds of change held back on it.</summary>
    public async Task WriteAsync(IReadOnlyDictionary<string, IReadOnlySet<ChangeKind>> withheld, CancellationToken cancellationToken)
    {
        var pages = withheld.Where(w => _pages.ContainsKey(w.Key)).Select(w => (_pages[w.Key], w.Value)).ToList();
        foreach (var (page, _) in pages)
        {
            _previous[page.Path] = page.Current;
        }
        await rewrite.RewriteAgainAsync(pages, cancellationToken).ConfigureAwait(false);
        foreach (var (page, _) in pages.Where(p => !integrity.TryRewritePage(p.Item1)))
        {
            page.Current = _previous[page.Path];
        }
        Write(pages.Select(p => p.Item1), cancellationToken);
    }

    /// <summary>Writes pages back as they were before the last <see cref="WriteAsync"/>.</summary>
    public void Restore(IEnumerable<string> pagePaths, CancellationToken cancellationToken)
    {
        var pages = pagePaths.Where(_previous.ContainsKey).Select(p => _pages[p]).ToList();
        foreach (var page in pages)
        {
            page.Current = _previous[page.Path];
        }
        Write(pages, cancellationToken);
    }

    // Through a writer of its own, so that the run's tally counts each file once, at its last size.
    private void Write(IEnumerable<TextFile> pages, CancellationToken cancellationToken)
    {
        var again = new SiteWriter(writer.Folder, new ReportTally());
        var written = pages.ToList();
        foreach (var page in written)
        {
            again.WriteText(page);
        }
        foreach (var sizes in again.Tally.Files())
        {
            writer.Tally.Rewritten(_pages[sizes.Path].File, sizes.BytesAfter);
        }
        if (options.Hints.Enabled && options.Hints.HeadersFile)
        {
            writeHeadersFile(again);
        }
        new PrecompressStage(options.Precompress, again, StageCounter.None(PipelineStage.Text), cache)
            .Run(written.Select(p => p.Path), cancellationToken);
    }
}
