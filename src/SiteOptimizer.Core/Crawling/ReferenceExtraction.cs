using SiteOptimizer.Discovery;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>Picks the extractor for a fetched resource by what it is served as and how it was referenced.</summary>
internal static class ReferenceExtraction
{
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
        // Classic scripts have no static imports; only modules are followed.
        if (node.Type == ResourceType.Module && (MediaTypes.IsJavaScript(result.ContentType) || result.ContentType is null))
        {
            return ModuleImportExtractor.Extract(TextDecoding.Decode(result.Body));
        }
        return null;
    }
}
