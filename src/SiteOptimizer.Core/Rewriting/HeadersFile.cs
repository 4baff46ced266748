using System.Text;
using AngleSharp.Html.Parser;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// A <c>_headers</c> file (the Netlify and Cloudflare Pages format) that repeats each page's
/// preload hints as <c>Link</c> headers, so the host can send them before the page, or as
/// 103 Early Hints. siteopt's rules stand between two marker lines and are replaced on every
/// run; anything else in the file is the author's and is kept.
/// </summary>
internal static class HeadersFile
{
    public const string Name = "_headers";
    private const string Begin = "# siteopt: preload hints (generated; edits between these lines are replaced)";
    private const string End = "# siteopt: end";

    public static string Render(string? existing, IEnumerable<(string PagePath, string Html)> pages)
    {
        var rules = new StringBuilder();
        var parser = new HtmlParser();
        foreach (var (pagePath, html) in pages.OrderBy(p => p.PagePath, StringComparer.Ordinal))
        {
            using var document = parser.ParseDocument(html);
            var links = document.QuerySelectorAll("head link[rel~=preload][href], head link[rel~=modulepreload][href], head link[rel~=preconnect][href]")
                .Select(link => Header(pagePath, link))
                .OfType<string>()
                .ToList();
            if (links.Count == 0)
            {
                continue;
            }
            foreach (var route in Routes(pagePath))
            {
                rules.Append(route).Append('\n');
                foreach (var link in links)
                {
                    rules.Append("  Link: ").Append(link).Append('\n');
                }
            }
        }
        var kept = WithoutOurBlock(existing ?? "").TrimEnd('\n');
        var block = rules.Length == 0 ? "" : $"{Begin}\n{rules}{End}\n";
        return kept.Length == 0 ? block : $"{kept}\n{(block.Length == 0 ? "" : "\n" + block)}";
    }

    private static string? Header(string pagePath, AngleSharp.Dom.IElement link)
    {
        var href = link.GetAttribute("href")!;
        var target = Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute.AbsoluteUri
            : SitePaths.Resolve(pagePath, href) is { } path ? "/" + path : null;
        if (target is null)
        {
            return null;
        }
        var parts = new List<string> { $"<{target}>", $"rel={link.GetAttribute("rel")}" };
        foreach (var name in new[] { "as", "type", "fetchpriority" })
        {
            if (link.GetAttribute(name) is { } value)
            {
                parts.Add(name == "type" ? $"{name}=\"{value}\"" : $"{name}={value}");
            }
        }
        if (link.HasAttribute("crossorigin"))
        {
            parts.Add("crossorigin");
        }
        return string.Join("; ", parts);
    }

    // index.html is served at its folder's URL as well.
    private static IEnumerable<string> Routes(string pagePath)
    {
        yield return "/" + pagePath;
        if (pagePath == "index.html" || pagePath.EndsWith("/index.html", StringComparison.Ordinal))
        {
            yield return "/" + pagePath[..^"index.html".Length];
        }
    }

    private static string WithoutOurBlock(string text)
    {
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? text : (text[..start] + text[(end + End.Length)..]).Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
    }
}
