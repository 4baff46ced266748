using AngleSharp.Dom;

namespace SiteOptimizer.Minification;

/// <summary>Where whitespace and comments are content and must stay byte for byte.</summary>
internal static class WhitespaceContext
{
    private static readonly HashSet<string> s_preservingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "pre", "textarea", "listing", "plaintext", "xmp", "script", "style",
    };

    /// <summary>
    /// Whether the node is inside <c>pre</c>, <c>textarea</c> and the like, an element whose
    /// inline style sets <c>white-space</c> (any value: checking which ones collapse is not
    /// worth the risk), or SVG text with <c>xml:space="preserve"</c>.
    /// </summary>
    public static bool IsPreserved(INode node)
    {
        for (var element = node.ParentElement; element is not null; element = element.ParentElement)
        {
            if (s_preservingElements.Contains(element.LocalName)
                || (element.GetAttribute("style") is { } style && style.Contains("white-space", StringComparison.OrdinalIgnoreCase))
                || string.Equals(element.GetAttribute("xml:space"), "preserve", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
