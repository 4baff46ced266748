using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Layout;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// An image a script puts near the top of the page (found as the optimizer's preloader finds it,
/// <see cref="ScriptHero"/>): the browser asks for it only once the script has run — a module or
/// deferred script after the HTML is parsed, the stylesheets are in and the page's deferred and
/// module scripts before it have run — unless a preload named it earlier (the request list keeps
/// the first). It is an LCP candidate as wide as the element it goes into, from then on.
/// </summary>
/// <param name="Request">The image's request.</param>
/// <param name="Box">Where it lands: at the top of the element the script puts it in, that element's width.</param>
/// <param name="InsertedAfter">The requests that must have been processed before the script has run.</param>
internal sealed record ScriptInsertedImage(int Request, LayoutBox Box, IReadOnlyList<int> InsertedAfter)
{
    public static ScriptInsertedImage? Add(IDocument document, string pagePath, RequestList list, SiteFiles files, PageLayout layout, NetworkProfile profile)
    {
        if (ScriptHero.Find(document, pagePath, files.ReadText, path => Served(files, path)) is not { } hero || hero.Unit.Script is not { } script)
        {
            return null;
        }
        var ran = RunsAfter(script, hero.Unit.Imports, pagePath, list);
        var url = hero.Srcset.Count == 0
            ? hero.Image.Path
            : ImageChoice.Pick(string.Join(", ", hero.Srcset.Select(c => c.Path + (c.Descriptor is { } d ? " " + d : ""))), hero.Sizes, null, profile);
        // Found by the script as a large image in view: the priority Chrome raises such an image to.
        var index = list.Add(url, ResourceType.Image, RequestPriority.High, DiscoveryRule.WhenAllDone, describe: r => r with { Prerequisites = ran });
        if (index < 0 || layout.Boxes.GetValueOrDefault(hero.Anchor) is not { } anchor)
        {
            return null;
        }
        var width = Math.Min(anchor.Width, hero.Image.Width);
        var height = hero.Image.Width > 0 ? width * hero.Image.Height / hero.Image.Width : 0;
        return new ScriptInsertedImage(index, new LayoutBox(hero.Anchor, anchor.Top, width, height), ran);
    }

    // A module or deferred script runs after parsing, once the stylesheets are in, in document
    // order after the others (taken as all of them: such scripts come last); a classic script
    // without defer when the parser reaches it, also once the stylesheets are in; an async one
    // as soon as it and its imports are in.
    private static List<int> RunsAfter(IElement script, IReadOnlyList<string> imports, string pagePath, RequestList list)
    {
        var own = script.GetAttribute("src") is { } src && SitePaths.Resolve(pagePath, src) is { } path ? list.IndexOf(path) : -1;
        var module = HtmlScriptType.Of(script.GetAttribute("type")) == HtmlScriptKind.Module;
        var indexes = list.Requests.Select((r, i) => (Request: r, Index: i)).ToList();
        if (script.HasAttribute("async") && own >= 0)
        {
            return [own, .. imports.Select(list.IndexOf).Where(i => i >= 0)];
        }
        var stylesheets = indexes.Where(x => x.Request.Type == ResourceType.Stylesheet && x.Request.BlocksRender).Select(x => x.Index);
        var scripts = module || script.HasAttribute("defer")
            ? indexes.Where(x => x.Request.Type is ResourceType.Module or ResourceType.Script).Select(x => x.Index)
            : own >= 0 ? [own] : [];
        return [0, .. stylesheets, .. scripts];
    }

    // The folder as it stands: each image as served, with no variants of its own.
    private static CatalogEntry? Served(SiteFiles files, string? path) =>
        path is not null && files.Probe(path) is { } probe
            ? new CatalogEntry(path, probe.Format, probe.Width, probe.Height, [new ImageSource(probe.Format, probe.Width, path)])
            : null;
}
