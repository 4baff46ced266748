using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteOptimizer.Crawling;
using SiteOptimizer.Discovery;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Emit;

/// <summary>
/// Points the references in a mirrored page, stylesheet or module at the files the mirror
/// wrote, where a file's name differs from its URL (a query, an extensionless page, a
/// self-hosted cross-origin asset). References that already resolve are left untouched.
/// </summary>
internal sealed class MirrorLinkRewriter(IReadOnlyDictionary<string, string> mirrorPathByUrl)
{
    private static readonly string[] s_urlAttributes = ["href", "src", "poster", "data", "content"];
    private static readonly string[] s_srcsetAttributes = ["srcset", "imagesrcset"];

    /// <summary>The rewritten text, or null when the file needs no change.</summary>
    public string? Rewrite(Uri url, string? contentType, string path, string text)
    {
        if (MediaTypes.IsHtml(contentType))
        {
            return RewriteHtml(url, path, text);
        }
        if (MediaTypes.IsCss(contentType))
        {
            return TextSpliceRewriter.Rewrite(text, CssReferenceExtractor.Extract(text).References, written => Replacement(url, path, written));
        }
        return MediaTypes.IsJavaScript(contentType)
            ? TextSpliceRewriter.Rewrite(text, ModuleImportExtractor.Extract(text).References, written => Replacement(url, path, written))
            : null;
    }

    private string? RewriteHtml(Uri url, string path, string html)
    {
        if (HtmlNesting.Refusal(html) is not null)
        {
            return null; // kept as fetched, like every step after it (see HtmlNesting)
        }
        using var document = new HtmlParser().ParseDocument(html);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } written && UrlKey.Resolve(url, written) is { } resolved ? resolved : url;
        var changed = false;
        foreach (var element in document.All)
        {
            foreach (var name in s_urlAttributes)
            {
                if (element.GetAttribute(name) is { } value && Replacement(baseUrl, path, value) is { } replacement)
                {
                    element.SetAttribute(name, replacement);
                    changed = true;
                }
            }
            foreach (var name in s_srcsetAttributes)
            {
                if (element.GetAttribute(name) is { } srcset && RewriteSrcset(baseUrl, path, srcset) is { } rewritten)
                {
                    element.SetAttribute(name, rewritten);
                    changed = true;
                }
            }
            changed |= RewriteInlineCss(element, baseUrl, path);
        }
        return changed ? document.ToHtml() : null;
    }

    private bool RewriteInlineCss(IElement element, Uri baseUrl, string path)
    {
        if (element.GetAttribute("style") is { } style
            && TextSpliceRewriter.Rewrite(style, CssReferenceExtractor.Extract(style).References, w => Replacement(baseUrl, path, w)) is { } newStyle)
        {
            element.SetAttribute("style", newStyle);
            return true;
        }
        if (element.LocalName == "style"
            && TextSpliceRewriter.Rewrite(element.TextContent, CssReferenceExtractor.Extract(element.TextContent).References, w => Replacement(baseUrl, path, w)) is { } newBlock)
        {
            element.TextContent = newBlock;
            return true;
        }
        return false;
    }

    private string? RewriteSrcset(Uri baseUrl, string path, string srcset)
    {
        var candidates = SrcsetParser.Parse(srcset);
        var replaced = candidates.Select(c => (Candidate: c, Replacement: Replacement(baseUrl, path, c.Url))).ToList();
        return replaced.All(r => r.Replacement is null)
            ? null
            : string.Join(", ", replaced.Select(r => (r.Replacement ?? r.Candidate.Url) + (r.Candidate.Descriptor is { } d ? " " + d : "")));
    }

    // The relative path from this file to the target's mirror file, when the URL as written would not find it.
    private string? Replacement(Uri baseUrl, string fromPath, string written)
    {
        if (UrlKey.Resolve(baseUrl, written) is not { } target || !mirrorPathByUrl.TryGetValue(target.AbsoluteUri, out var targetPath))
        {
            return null;
        }
        if (UrlKey.SameOrigin(target, baseUrl) && MirrorPaths.KeepsUrlPath(target, targetPath))
        {
            return null;
        }
        var fragment = written.IndexOf('#') is var hash and >= 0 ? written[hash..] : "";
        return SitePaths.RelativeUrl(fromPath, targetPath, explicitDirectory: true) + fragment;
    }
}
