using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Layout;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// Reads one page of a site folder into the simulator's model: every request the browser makes
/// before load, when it can discover each, its priority, what blocks rendering, and the LCP
/// element, from a rough layout of the page in the profile's viewport.
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
        if (HtmlNesting.Refusal(html) is { } refusal)
        {
            throw new InvalidDataException(refusal);
        }
        using var document = _parser.ParseDocument(html);
        var list = new RequestList(files, constants);
        list.Add(pagePath, ResourceType.Document, RequestPriority.VeryHigh, DiscoveryRule.AtStart, describe: r => r with { CpuMs = list.TextKb(pagePath) * constants.HtmlParseMsPerKb });
        double FractionOf(IElement element) => html.Length == 0 ? 0 : Math.Clamp((element.SourceReference?.Position.Index ?? html.Length) / (double)html.Length, 0, 1);

        var styles = PageStyles.Of(document, pagePath, files.ReadText);
        (int Width, int Height)? Natural(IElement image) =>
            image.GetAttribute("src") is { } src && SitePaths.Resolve(pagePath, src) is { } path && files.Probe(path) is { } probe ? (probe.Width, probe.Height) : null;
        var layout = PageLayout.Estimate(document, new PageCascade(document, styles, profile), Natural, profile);
        var elements = new ElementRequests(list, pagePath, profile, constants, options, layout, i => Natural(i) is { } size && !IconSize.Holds(size.Width, size.Height), FractionOf);
        foreach (var element in document.All)
        {
            elements.Visit(element);
        }
        foreach (var stylesheet in Indexes(list, ResourceType.Stylesheet))
        {
            StylesheetRequests.AddImports(list, stylesheet, files, constants);
        }
        var backgrounds = StylesheetRequests.AddBackgrounds(list, document, pagePath, styles, profile);
        backgrounds.AddRange(elements.InlineBackgrounds);
        var fonts = new FontUsage(styles, profile);
        foreach (var (path, _, _) in fonts.Used(document))
        {
            var sheet = styles.Sheets.FirstOrDefault(s => s.Sheet.FontFaces.Any(f => f.PreferredSource is { } source && SitePaths.Resolve(s.Path, source) == path));
            list.Add(path, ResourceType.Font, RequestPriority.VeryHigh, DiscoveryRule.AtFirstLayout, sheet is null || sheet.Path == pagePath ? -1 : list.IndexOf(sheet.Path));
        }
        foreach (var module in Indexes(list, ResourceType.Module))
        {
            ModuleRequests.AddImports(list, module, files, constants);
        }
        var inserted = ScriptInsertedImage.Add(document, pagePath, list, files, layout, profile);
        var body = document.Body?.Children.FirstOrDefault() is { } first ? FractionOf(first) : 1;
        var lcp = PageLcp.Find(list, layout, backgrounds, elements.ChosenImages, inserted, fonts, files, profile, constants);
        return new PageModel(pagePath, list.Requests, body, lcp);
    }

    private static List<int> Indexes(RequestList list, ResourceType type) =>
        [.. list.Requests.Select((r, i) => (r, i)).Where(x => x.r.Type == type).Select(x => x.i)];
}
