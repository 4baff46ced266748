using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// What a page's stylesheets make the browser fetch: the stylesheets they import (once each
/// has arrived), and the background images of rules that match an element of the page (at the
/// first layout). Of a rule's background declarations the last wins, so a browser that reads
/// <c>image-set()</c> fetches its first (AVIF) option and never the fallback before it.
/// </summary>
internal static class StylesheetRequests
{
    public static void AddImports(RequestList list, int stylesheet, SiteFiles files, ModelConstants constants)
    {
        var sheet = list.Requests[stylesheet];
        foreach (var import in CssReferenceExtractor.Extract(files.ReadText(sheet.Url) ?? "").References.Where(r => r.Origin == "@import"))
        {
            var path = SitePaths.Resolve(sheet.Url, import.Url);
            if (path is null || list.IndexOf(path) >= 0)
            {
                continue;
            }
            var index = list.Add(path, ResourceType.Stylesheet, sheet.Priority, DiscoveryRule.WhenParentDone, stylesheet,
                describe: r => r with { BlocksRender = sheet.BlocksRender, CpuMs = list.TextKb(path) * constants.CssParseMsPerKb });
            if (index >= 0)
            {
                AddImports(list, index, files, constants);
            }
        }
    }

    /// <summary>Adds each background image some element uses; returns the site path of each rule's image with the element it is on.</summary>
    public static List<(string Path, IElement Element, int Request)> AddBackgrounds(RequestList list, IDocument document, string pagePath, PageStyles styles, NetworkProfile profile)
    {
        var found = new List<(string, IElement, int)>();
        var elements = new ElementIndex(document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>());
        foreach (var sheet in styles.Sheets)
        {
            var parent = sheet.Path == pagePath ? -1 : list.IndexOf(sheet.Path);
            foreach (var rule in sheet.Sheet.Rules.Where(r => r.Media is null || ViewportMedia.Matches(r.Media, profile)))
            {
                var url = BackgroundImageUrl.Of(rule.Declarations);
                if (url is null || SitePaths.Resolve(sheet.Path, url) is not { } path || elements.Candidates(rule.Selector).FirstOrDefault(e => PageStyles.Matches(e, rule.Selector)) is not { } element)
                {
                    continue;
                }
                var index = list.Add(path, ResourceType.Image, RequestPriority.Low, DiscoveryRule.AtFirstLayout, parent, describe: r => r with { BoostedAtLayout = element.Closest("footer") is null });
                if (index >= 0)
                {
                    found.Add((path, element, index));
                }
            }
        }
        return found;
    }
}
