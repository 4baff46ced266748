using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SiteOptimizer.Minification;

/// <summary>
/// Removes what a browser never shows: comments (but conditional comments, which old IE
/// reads, and anything inside preserved content) and whitespace-only text directly in
/// <c>html</c> and <c>head</c>. Then merges the text nodes that a removed comment separated,
/// so that their whitespace collapses as one run.
/// </summary>
internal static class InsignificantNodes
{
    public static void Remove(INode root)
    {
        var removable = new List<INode>();
        var fragments = new List<INode> { root };
        Collect(root, removable, fragments);
        foreach (var node in removable)
        {
            node.Parent?.RemoveChild(node);
        }
        // Template contents are separate fragments, which Normalize does not reach from the document.
        fragments.ForEach(fragment => fragment.Normalize());
    }

    public static bool IsConditionalComment(string data)
    {
        var trimmed = data.TrimStart();
        return trimmed.StartsWith("[if", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("<![endif]", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("[endif]", StringComparison.OrdinalIgnoreCase);
    }

    private static void Collect(INode parent, List<INode> removable, List<INode> fragments)
    {
        foreach (var child in parent.ChildNodes)
        {
            if (child is IComment comment && !IsConditionalComment(comment.Data) && !WhitespaceContext.IsPreserved(comment))
            {
                removable.Add(comment);
            }
            else if (child is IText text && parent is IHtmlHtmlElement or IHtmlHeadElement && HtmlWhitespace.IsAll(text.Data))
            {
                removable.Add(text);
            }
            else if (child is IHtmlTemplateElement template)
            {
                fragments.Add(template.Content);
                Collect(template.Content, removable, fragments);
            }
            else if (child.HasChildNodes)
            {
                Collect(child, removable, fragments);
            }
        }
    }

}
