using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>The images a page names (in <c>&lt;img src&gt;</c> and CSS backgrounds), probed for their size, for the fold estimate.</summary>
internal static class PageImages
{
    public static ImageCatalog Catalog(IDocument document, string pagePath, PageStyles styles, SiteFiles files)
    {
        var catalog = new ImageCatalog();
        var named = document.QuerySelectorAll("img[src]").Select(i => SitePaths.Resolve(pagePath, i.GetAttribute("src")!))
            .Concat(styles.Sheets.SelectMany(s => s.Sheet.Rules
                .SelectMany(r => r.Declarations.Where(d => d.Property is "background" or "background-image"))
                .SelectMany(d => CssReferenceExtractor.Extract(d.Value).References)
                .Select(r => SitePaths.Resolve(s.Path, r.Url))));
        foreach (var path in named.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (files.Probe(path) is { } probe)
            {
                catalog.Add(path, probe, null, _ => path);
            }
        }
        return catalog;
    }
}
