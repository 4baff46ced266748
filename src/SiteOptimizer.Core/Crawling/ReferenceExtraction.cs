using SiteOptimizer.Discovery;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>Picks the extractor for a fetched resource by what it is served as and how it was referenced.</summary>
internal static class ReferenceExtraction
{
    // Once per process; a second caller waits for the first rather than compiling alongside it.
    private static readonly Lazy<bool> Warmed = new(() =>
    {
        HtmlReferenceExtractor.Extract("<!doctype html><link rel=stylesheet href=a.css><img src=a.png srcset=\"a.png 1x\"><a href=b.html>b</a><script type=module>import './m.js';</script>");
        CssReferenceExtractor.Extract("@import url(b.css); a { background: url(c.png) }");
        ScriptReferences.FromFile("import x from './x.js'; export * from './y.js'; i.src = new URL('a.png', import.meta.url);", isModule: true);
        return true;
    });

    /// <summary>
    /// Runs each extractor once on a tiny input, so that their code is compiled, and the HTML
    /// parser's tables built (about 30 ms even in the natively compiled build), while the first
    /// response is still on its way rather than after it arrives, on the crawl's critical path.
    /// </summary>
    public static void WarmUp()
    {
        try
        {
            _ = Warmed.Value;
        }
        catch (Exception)
        {
            // Only time is lost: the crawl compiles the extractors when it first needs them, and
            // this runs on a thread of its own, which an exception would end the process from.
        }
    }

    public static ExtractedReferences? From(CrawlNode node, FetchResult result)
    {
        if (MediaTypes.IsHtml(result.ContentType) || (result.ContentType is null && node.IsPage))
        {
            return HtmlReferenceExtractor.Extract(TextDecoding.Decode(result.Body));
        }
        if (MediaTypes.IsCss(result.ContentType) || (node.Type == ResourceType.Stylesheet && result.ContentType is null or "text/plain"))
        {
            return CssReferenceExtractor.Extract(TextDecoding.Decode(result.Body));
        }
        // Modules are followed through their imports; both kinds of script to the images they name.
        if (node.Type is ResourceType.Module or ResourceType.Script && (MediaTypes.IsJavaScript(result.ContentType) || result.ContentType is null))
        {
            return ScriptReferences.FromFile(TextDecoding.Decode(result.Body), node.Type == ResourceType.Module);
        }
        return null;
    }
}
