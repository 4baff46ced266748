using AngleSharp.Dom;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Keeps the <c>width</c> and <c>height</c> attributes the rewriter adds from changing how a page
/// looks. They are there so the browser reserves the image's box before it loads (the attributes
/// map to an <c>aspect-ratio</c>), but the <c>height</c> attribute is also a presentational hint:
/// where the author's CSS sets only a width (<c>.banner img { width: 100% }</c>) it would fix the
/// height and stretch the image. So each image sized by us carries <see cref="Marker"/>, and one
/// <c>&lt;style&gt;</c> gives those images <c>height: auto</c> at zero specificity
/// (<c>:where()</c>): that beats the attribute's hint and loses to any rule of the author's.
/// </summary>
internal static class DimensionStyle
{
    /// <summary>The attribute on images whose <c>width</c>/<c>height</c> the rewriter added.</summary>
    public const string Marker = "data-siteopt-size";

    private static readonly string s_rule = $":where(img[{Marker}]){{height:auto}}";

    /// <summary>
    /// Whether the page lets us add an inline <c>&lt;style&gt;</c>: not under a Content Security
    /// Policy (in a <c>&lt;meta&gt;</c>) that restricts styles without <c>'unsafe-inline'</c>.
    /// </summary>
    public static bool Allowed(IDocument document) => !document.QuerySelectorAll("meta[http-equiv]")
        .Where(m => string.Equals(m.GetAttribute("http-equiv")?.Trim(), "content-security-policy", StringComparison.OrdinalIgnoreCase))
        .Select(m => m.GetAttribute("content") ?? "")
        .Any(policy => (policy.Contains("style-src", StringComparison.OrdinalIgnoreCase) || policy.Contains("default-src", StringComparison.OrdinalIgnoreCase))
            && !policy.Contains("'unsafe-inline'", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Adds the rule when an image is marked and the page lacks it: in <c>&lt;head&gt;</c>, before the
    /// author's first stylesheet or <c>&lt;style&gt;</c> (so that even an author's rule of zero
    /// specificity, coming later, wins), or at its end.
    /// </summary>
    public static void Insert(IDocument document)
    {
        if (document.Head is not { } head || document.QuerySelector($"img[{Marker}]") is null
            || head.QuerySelectorAll("style").Any(s => s.TextContent.Contains(s_rule, StringComparison.Ordinal)))
        {
            return;
        }
        var style = document.CreateElement("style");
        style.TextContent = s_rule;
        var before = head.QuerySelector("link[rel~=stylesheet i], style")
            ?? (head.LastChild is { NodeType: NodeType.Text } last && string.IsNullOrWhiteSpace(last.TextContent) ? last : null);
        if (before is null)
        {
            head.AppendChild(style);
            return;
        }
        head.InsertBefore(style, before);
        head.InsertBefore(document.CreateTextNode("\n  "), before is IElement ? before : style);
    }
}
