using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteOptimizer.Minification;

/// <summary>
/// Minifies HTML conservatively (see <see cref="ConservativeMarkupFormatter"/> and
/// <see cref="InsignificantNodes"/>): what a browser renders and runs stays the same.
/// With an <see cref="EsbuildMinifier"/>, the inline styles and scripts of all the pages given
/// in one call are minified in a single esbuild batch, so pass a whole site at once.
/// </summary>
internal sealed class HtmlMinifier(MinifyOptions options, EsbuildMinifier? esbuild)
{
    private const char ByteOrderMark = '\uFEFF';

    public async Task<IReadOnlyList<HtmlMinifyResult>> MinifyAsync(IReadOnlyList<HtmlPage> pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        // Scripting on, as in browsers: <noscript> is then raw text, and an <img> inside one in
        // <head> is not moved into <body>.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true });
        var documents = pages.Select(page => parser.ParseDocument(page.Html.TrimStart(ByteOrderMark))).ToArray();
        var problems = await MinifyInlineCodeAsync(pages, documents, cancellationToken).ConfigureAwait(false);
        return pages.Select((page, index) => Serialize(page, documents[index], problems[index])).ToArray();
    }

    private async Task<List<MinifyResult>[]> MinifyInlineCodeAsync(IReadOnlyList<HtmlPage> pages, IDocument[] documents, CancellationToken cancellationToken)
    {
        var problems = documents.Select(_ => new List<MinifyResult>()).ToArray();
        if (!options.InlineCode || esbuild is null)
        {
            return problems;
        }
        var pieces = documents
            .SelectMany((document, page) => InlineCode.Find(document).Select(code => (Page: page, Code: code)))
            .ToArray();
        var assets = pieces.Select(piece => new TextAsset(pages[piece.Page].Name, piece.Code.Element.TextContent, piece.Code.Kind)).ToArray();
        var results = await esbuild.MinifyAsync(assets, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < pieces.Length; i++)
        {
            var (page, code) = pieces[i];
            if (results[i].Problem is not null)
            {
                problems[page].Add(InPage(results[i], code));
            }
            else if (results[i].Minified?.TrimEnd('\n') is { } minified && !minified.Contains(code.EndTag, StringComparison.OrdinalIgnoreCase))
            {
                code.Element.TextContent = minified;
            }
        }
        return problems;
    }

    /// <summary>The problem with its line and column in the page rather than in the element's text.</summary>
    private static MinifyResult InPage(MinifyResult result, InlineCode code)
    {
        var start = code.Element.SourceReference?.Position;
        var line = start is { } position && result.Line > 0 ? position.Line + result.Line - 1 : 0;
        var column = result.Line > 1 ? result.Column : 0;
        return result with { Problem = $"inline <{code.Element.LocalName}> kept as is: {result.Problem}", Line = line, Column = column };
    }

    private static HtmlMinifyResult Serialize(HtmlPage page, IDocument document, List<MinifyResult> problems)
    {
        InsignificantNodes.Remove(document);
        var bom = page.Html.Length > 0 && page.Html[0] == ByteOrderMark;
        var markup = new StringBuilder(page.Html.Length);
        if (bom)
        {
            // The byte-order mark may be all that tells a browser the page is UTF-8.
            markup.Append(ByteOrderMark);
        }
        using (var writer = new StringWriter(markup))
        {
            document.ToHtml(writer, new ConservativeMarkupFormatter(asciiOnly: Ascii.IsValid(page.Html)));
        }
        var minified = markup.ToString();
        return new HtmlMinifyResult(page.Name, minified.Length < page.Html.Length ? minified : null, problems);
    }
}
