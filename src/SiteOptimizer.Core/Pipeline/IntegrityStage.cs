using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;
using SiteOptimizer.Integrity;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// Writes the text files so that every page's Subresource Integrity still holds: files the plan
/// keeps get their original text back; stylesheets and scripts are written first, then each page
/// gets the digests of the files as written (images were written already), then the pages.
/// </summary>
internal sealed class IntegrityStage(IntegrityPlan plan, SiteWriter writer)
{
    private IntegrityRewriter? _rewriter;

    private IntegrityRewriter Rewriter => _rewriter ??= new IntegrityRewriter(plan, ReadWritten);

    public void WriteTexts(IReadOnlyList<TextFile> texts)
    {
        var pages = texts.Where(t => t.File.Type == FileType.Html).ToList();
        var found = pages.Select(p => IntegrityScanner.Find(p.Current)).ToList();
        foreach (var (page, references) in pages.Zip(found))
        {
            KeepWhereUnwritable(page.Path, references);
        }
        foreach (var text in texts.Where(t => plan.Keeps(t.Path)))
        {
            text.Current = text.Original;
        }
        foreach (var text in texts.Where(t => t.File.Type != FileType.Html))
        {
            writer.WriteText(text);
        }
        foreach (var (page, references) in pages.Zip(found))
        {
            page.Current = Rewriter.Rewrite(page.Path, page.Current, references) ?? page.Current;
            writer.WriteText(page);
        }
        foreach (var diagnostic in plan.Diagnostics)
        {
            writer.Tally.Report(diagnostic);
        }
    }

    /// <summary>
    /// For a page written again once the others are (the estimate guard's rework): gives it the
    /// digests of the files as written. False, and the page left as it is, where one of its values
    /// for a file that changed cannot be found in it.
    /// </summary>
    public bool TryRewritePage(TextFile page)
    {
        var references = IntegrityScanner.Find(page.Current);
        if (references.Any(r => r.Span is null && r.Metadata.IsEnforced && SitePaths.Resolve(page.Path, r.Url) is { } target && plan.Rewrites(target)))
        {
            return false;
        }
        page.Current = Rewriter.Rewrite(page.Path, page.Current, references) ?? page.Current;
        return true;
    }

    // A value the rewrite cannot find in the final page (the minifier re-spelled it, say) cannot get
    // a new digest: its file goes back to its original bytes. Images were written already: rewritten here.
    private void KeepWhereUnwritable(string page, IReadOnlyList<IntegrityReference> references)
    {
        foreach (var reference in references.Where(r => r.Span is null && r.Metadata.IsEnforced))
        {
            if (SitePaths.Resolve(page, reference.Url) is { } target && plan.Rewrites(target))
            {
                plan.Keep(target, new Diagnostic(DiagnosticCodes.IntegrityKept, DiagnosticSeverity.Warning, page, reference.Line, 0,
                    $"kept {target} as is: its integrity value here could not be found exactly in the rewritten page"));
                if (FileTypes.Of(target) is not (FileType.Html or FileType.Css or FileType.JavaScript) && plan.OriginalBytes(target) is { } original)
                {
                    writer.WriteExtra(target, original);
                }
            }
        }
    }

    private byte[]? ReadWritten(string path)
    {
        var full = writer.Folder.Resolve(path);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }
}
