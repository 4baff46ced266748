namespace SiteOptimizer.Discovery;

/// <summary>
/// Finds the image URLs a script writes as string literals and what it does with them
/// (<c>img.src = "…"</c>, <c>setAttribute("srcset", "…")</c>, <c>el.innerHTML = '&lt;img src=…&gt;'</c>,
/// <c>style.backgroundImage = "url(…)"</c>, <c>new URL("…", import.meta.url)</c>), plus the elements
/// it looks up, so a rewriter can tell where an image it inserts lands. Only literals count:
/// a URL built at run time names nothing a reader of the source can know. Stateless and thread-safe.
/// </summary>
internal static class ScriptImageExtractor
{
    private static readonly string[] s_imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"];

    public static ExtractedReferences Extract(string js) => new(null, Read(js).Images);

    public static ScriptImages Read(string js)
    {
        ArgumentNullException.ThrowIfNull(js);
        var tokens = new JsTokenizer(js).Tokenize();
        var lines = new LineMap(js);
        var images = new List<Reference>();
        var anchors = new List<string>();
        var createsImages = false;
        string? sizes = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Is(JsTokenKind.Identifier, "Image") && Before(tokens, i, 1).Is(JsTokenKind.Identifier, "new"))
            {
                createsImages = true;
            }
            // A piece of a URL put together at run time ('img/' + name) names no file.
            if (!token.IsConstantString || Before(tokens, i, 1).Is(JsTokenKind.Punctuator, "+") || Before(tokens, i, -1).Is(JsTokenKind.Punctuator, "+"))
            {
                continue;
            }
            var sink = ScriptSinks.Of(tokens, i);
            switch (sink)
            {
                case "getElementById":
                    anchors.Add("#" + token.Text);
                    continue;
                case "querySelector" or "querySelectorAll":
                    anchors.Add(token.Text);
                    continue;
                case "createElement" when token.Text.Equals("img", StringComparison.OrdinalIgnoreCase):
                    createsImages = true;
                    continue;
                case "sizes":
                    sizes = token.Text;
                    continue;
                default:
                    break;
            }
            var found = Found(token, sink);
            if (sink == "markup" && token.Text.Contains("<img", StringComparison.OrdinalIgnoreCase))
            {
                createsImages = true;
                sizes ??= MarkupSizes(token.Text);
            }
            images.AddRange(found.Select(f => Place(f, token, js, lines)));
        }
        return new ScriptImages(images, anchors, createsImages, sizes);
    }

    private static IEnumerable<Reference> Found(JsToken token, string? sink)
    {
        var text = token.Text;
        switch (sink)
        {
            case "src" or "import.meta.url" when IsImageUrl(text):
                return [Image(text.Trim(), sink, 0)];
            case "srcset":
                return SrcsetParser.Parse(text).Where(c => IsImageUrl(c.Url))
                    .Select(c => Image(c.Url, "srcset", text.IndexOf(c.Url, StringComparison.Ordinal)) with { Descriptor = c.Descriptor });
            case "markup":
                // A srcset in the markup stays a srcset: a preload has to offer the same candidates.
                return HtmlReferenceExtractor.Extract(text).References
                    .Where(r => r.Type == ResourceType.Image && IsImageUrl(r.Url))
                    .Select(r => Image(r.Url, r.Origin == "srcset" ? "srcset" : "markup", text.IndexOf(r.Url, StringComparison.Ordinal)) with { Descriptor = r.Descriptor });
            case "background":
                return CssReferenceExtractor.Extract(text).References.Where(r => IsImageUrl(r.Url))
                    .Select(r => Image(r.Url, "background", r.Offset));
            default:
                return IsImageUrl(text) ? [Image(text.Trim(), "literal", 0)] : [];
        }
    }

    // Offsets so far are within the literal's value; they hold in the file only where the
    // value is the text as written (no escapes).
    private static Reference Place(Reference image, JsToken token, string js, LineMap lines)
    {
        var exact = image.Offset >= 0 && token.Length == token.Text.Length && js.AsSpan(token.Offset, token.Length).SequenceEqual(token.Text);
        var offset = exact ? token.Offset + image.Offset : token.Offset;
        var (line, column) = lines.Locate(offset);
        return image with { Line = line, Column = column, Offset = exact ? offset : -1, Length = exact ? image.Url.Length : -1 };
    }

    private static string? MarkupSizes(string markup)
    {
        if (HtmlNesting.Refusal(markup) is not null)
        {
            return null;
        }
        using var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(markup);
        return fragment.QuerySelector("img[sizes]")?.GetAttribute("sizes");
    }

    private static Reference Image(string url, string origin, int offset) =>
        new(url, ResourceType.Image, DiscoveryKind.Script, 0, 0) { Origin = origin, Offset = offset };

    private static JsToken Before(IReadOnlyList<JsToken> tokens, int i, int back) =>
        i - back >= 0 && i - back < tokens.Count ? tokens[i - back] : new JsToken(JsTokenKind.Punctuator, -1, 0, "");

    /// <summary>Whether a literal names an image file by its extension (query and fragment aside).</summary>
    public static bool IsImageUrl(string text)
    {
        var url = text.Trim();
        if (url.Length == 0 || url.Length > 2048 || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.Any(char.IsWhiteSpace))
        {
            return false;
        }
        var end = url.IndexOfAny(['?', '#']);
        var path = end >= 0 ? url[..end] : url;
        return s_imageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
