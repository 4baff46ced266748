using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// Reads one page of a site folder into the simulator's model: every request the browser makes
/// before load, when it can discover each, its priority, what blocks rendering, and the LCP element.
/// </summary>
internal sealed class PageModelBuilder(SiteFiles files, NetworkProfile profile, ModelConstants constants, ModelOptions options)
{
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });

    /// <summary>The page's model; null when the page cannot be read.</summary>
    public PageModel? Build(string pagePath)
    {
        if (files.ReadText(pagePath) is not { } html)
        {
            return null;
        }
        using var document = _parser.ParseDocument(html);
        var list = new RequestList(files, constants);
        list.Add(pagePath, ResourceType.Document, RequestPriority.VeryHigh, DiscoveryRule.AtStart, describe: r => r with { CpuMs = list.TextKb(pagePath) * constants.HtmlParseMsPerKb });
        double FractionOf(IElement element) => html.Length == 0 ? 0 : Math.Clamp((element.SourceReference?.Position.Index ?? html.Length) / (double)html.Length, 0, 1);

        var styles = PageStyles.Of(document, pagePath, files.ReadText);
        var catalog = PageImages.Catalog(document, pagePath, styles, files);
        var hero = BackgroundHero.Find(document, pagePath, styles, catalog);
        CatalogEntry? EntryOf(IElement image) => image.GetAttribute("src") is { } src ? catalog.Find(SitePaths.Resolve(pagePath, src)) : null;
        var placements = FoldEstimate.Place(document, EntryOf, options.AboveTheFoldImages, hero is not null);
        var elements = new ElementRequests(list, pagePath, profile, constants, options, placements, i => EntryOf(i) is { IsIcon: false }, FractionOf);
        foreach (var element in document.All)
        {
            elements.Visit(element);
        }
        foreach (var stylesheet in list.Requests.Select((r, i) => (r, i)).Where(x => x.r.Type == ResourceType.Stylesheet).Select(x => x.i).ToList())
        {
            StylesheetRequests.AddImports(list, stylesheet, files, constants);
        }
        var backgrounds = StylesheetRequests.AddBackgrounds(list, document, pagePath, styles, profile);
        var fonts = new FontUsage(styles, profile);
        foreach (var (path, _, _) in fonts.Used(document))
        {
            var sheet = styles.Sheets.FirstOrDefault(s => s.Sheet.FontFaces.Any(f => f.PreferredSource is { } source && SitePaths.Resolve(s.Path, source) == path));
            list.Add(path, ResourceType.Font, RequestPriority.VeryHigh, DiscoveryRule.AtFirstLayout, sheet is null || sheet.Path == pagePath ? -1 : list.IndexOf(sheet.Path));
        }
        foreach (var module in list.Requests.Select((r, i) => (r, i)).Where(x => x.r.Type == ResourceType.Module).Select(x => x.i).ToList())
        {
            ModuleRequests.AddImports(list, module, files, constants);
        }
        var body = document.Body?.Children.FirstOrDefault() is { } first ? FractionOf(first) : 1;
        var lcp = PageLcp.Find(document, list, hero, backgrounds, placements, elements.ChosenImages, fonts, files, constants);
        return new PageModel(pagePath, list.Requests, body, lcp);
    }
}
