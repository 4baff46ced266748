using SiteOptimizer.Configuration;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Estimation;
using SiteOptimizer.Minification;
using SiteOptimizer.Progress;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// The text stage, once the images are written: CSS backgrounds get <c>image-set()</c>, pages get
/// their image markup and hints, then CSS and JavaScript go to esbuild in one batch and the
/// pages (with their inline code) to the HTML minifier in another. Pages rewritten count on
/// <paramref name="rewriteProgress"/>, files minified on <paramref name="textProgress"/>.
/// </summary>
internal sealed class RewriteStage(OptimizerOptions options, ReportTally tally, StageCounter rewriteProgress, StageCounter textProgress)
{
    // Each page as the rewriter had it, and the kinds of change it made there: what a second
    // rewrite, holding some of them back, starts from.
    private readonly Dictionary<string, (string Html, IReadOnlySet<ChangeKind> Applied)> _rewritten = new(StringComparer.Ordinal);
    private PageRewriter? _rewriter;

    /// <summary>The kinds of change the rewrite made to a page that could be held back on it alone.</summary>
    public IReadOnlySet<ChangeKind> AppliedTo(string pagePath) =>
        _rewritten.TryGetValue(pagePath, out var page) ? page.Applied : new HashSet<ChangeKind>();

    /// <summary>
    /// Rewrites pages again from what the rewriter had, each without the kinds of change held
    /// back on it, and minifies them as the first time; says nothing of what it reported then.
    /// </summary>
    public async Task RewriteAgainAsync(IReadOnlyList<(TextFile Page, IReadOnlySet<ChangeKind> Withheld)> pages, CancellationToken cancellationToken)
    {
        var rewriter = _rewriter ?? throw new InvalidOperationException("The pages have not been rewritten once yet.");
        foreach (var (page, withheld) in pages)
        {
            var html = _rewritten[page.Path].Html;
            page.Current = rewriter.Rewrite(page.Path, html, withheld).Html ?? html;
        }
        if (options.Minify.Html)
        {
            var results = await new HtmlMinifier(options.Minify, Esbuild(report: false)).MinifyAsync([.. pages.Select(p => new HtmlPage(p.Page.Path, p.Page.Current))], cancellationToken).ConfigureAwait(false);
            foreach (var ((page, _), result) in pages.Zip(results))
            {
                page.Current = result.Minified ?? page.Current;
            }
        }
    }

    public async Task RunAsync(IReadOnlyList<TextFile> texts, ImageCatalog catalog, Func<string, bool> isModule, CancellationToken cancellationToken)
    {
        var byPath = texts.ToDictionary(t => t.Path, StringComparer.Ordinal);
        string? ReadOriginal(string path) => byPath.TryGetValue(path, out var text) ? text.Original : null;
        var stylesheets = texts.Where(t => t.File.Type == FileType.Css).ToList();
        var scripts = texts.Where(t => t.File.Type == FileType.JavaScript).ToList();
        var pages = texts.Where(t => t.File.Type == FileType.Html).ToList();

        var imageSet = new HashSet<string>(StringComparer.Ordinal);
        if (options.Hints.Enabled && options.Hints.CssImageSet)
        {
            foreach (var stylesheet in stylesheets)
            {
                var (css, images) = CssImageSetRewriter.Rewrite(stylesheet.Path, stylesheet.Current, catalog);
                stylesheet.Current = css ?? stylesheet.Current;
                imageSet.UnionWith(images);
            }
        }
        var rewriter = _rewriter = new PageRewriter(catalog, ReadOriginal, imageSet, options.Hints);
        rewriteProgress.Expect(pages.Count);
        foreach (var page in pages)
        {
            var rewrite = rewriter.Rewrite(page.Path, page.Current);
            _rewritten[page.Path] = (page.Current, rewrite.Applied);
            page.Current = rewrite.Html ?? page.Current;
            foreach (var diagnostic in rewrite.Diagnostics)
            {
                tally.Report(diagnostic);
            }
            rewriteProgress.Completed(page.File.Length);
        }
        rewriteProgress.Finish();

        var esbuild = Esbuild(report: true);
        var code = (options.Minify.Css ? stylesheets : []).Concat(options.Minify.Js ? scripts : []).ToList();
        if (esbuild is not null && code.Count > 0)
        {
            textProgress.Expect(code.Count);
            var assets = code.Select(t => new TextAsset(t.Path, t.Current, Kind(t, isModule))).ToList();
            Apply(code, await esbuild.MinifyAsync(assets, cancellationToken).ConfigureAwait(false));
        }
        if (options.Minify.Html && pages.Count > 0)
        {
            textProgress.Expect(pages.Count);
            var minifier = new HtmlMinifier(options.Minify, esbuild);
            var results = await minifier.MinifyAsync([.. pages.Select(p => new HtmlPage(p.Path, p.Current))], cancellationToken).ConfigureAwait(false);
            foreach (var (page, result) in pages.Zip(results))
            {
                page.Current = result.Minified ?? page.Current;
                Report(result.Problems);
                textProgress.Completed(page.File.Length);
            }
        }
    }

    private EsbuildMinifier? Esbuild(bool report)
    {
        if (!options.Minify.Css && !options.Minify.Js && !options.Minify.InlineCode)
        {
            return null;
        }
        try
        {
            return EsbuildMinifier.Default;
        }
        catch (EsbuildNotFoundException error)
        {
            if (report)
            {
                tally.Report(new Diagnostic(DiagnosticCodes.MinifyFailed, DiagnosticSeverity.Warning, "esbuild", 0, 0, "CSS and JavaScript are not minified: " + error.Message));
            }
            return null;
        }
    }

    private void Apply(List<TextFile> files, IReadOnlyList<MinifyResult> results)
    {
        foreach (var (file, result) in files.Zip(results))
        {
            file.Current = result.Minified ?? file.Current;
            textProgress.Completed(file.File.Length);
        }
        Report(results);
    }

    private void Report(IEnumerable<MinifyResult> results)
    {
        foreach (var problem in results.Where(r => r.Problem is not null))
        {
            tally.Report(new Diagnostic(DiagnosticCodes.MinifyFailed, DiagnosticSeverity.Warning, problem.Name, problem.Line, problem.Column, "kept as is: " + problem.Problem));
        }
    }

    private static TextAssetKind Kind(TextFile file, Func<string, bool> isModule) =>
        file.File.Type == FileType.Css ? TextAssetKind.Css
        : isModule(file.Path) || file.Path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase) ? TextAssetKind.Module
        : TextAssetKind.ClassicScript;
}
