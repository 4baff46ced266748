using AngleSharp.Html.Parser;

namespace SiteOptimizer.Discovery;

/// <summary>
/// Finds the URLs an HTML page names, in document order: what the parser fetches (images,
/// stylesheets, scripts, media, frames), what preload links ask for, what inline styles and
/// inline modules load, and the hyperlinks a crawler follows. Stateless and thread-safe.
/// </summary>
internal static class HtmlReferenceExtractor
{
    public static ExtractedReferences Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlNesting.Refusal(html) is not null)
        {
            return new ExtractedReferences(null, []); // left unparsed: see HtmlNesting
        }

        // IsScripting: a browser with scripts on reads <noscript> as text and fetches nothing in it.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true });
        using var document = parser.ParseDocument(html);
        var collector = new HtmlReferenceCollector(html);
        foreach (var element in document.All)
        {
            collector.Visit(element);
        }
        return new ExtractedReferences(collector.BaseUrl, collector.References);
    }
}
