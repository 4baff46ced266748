using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Chooses a page's hints, most valuable first, up to hints.maxPreloadsPerPage: the LCP image
/// when the browser would find it late (a CSS background, an image a script inserts, an
/// <c>&lt;img&gt;</c> behind blocking resources), the fonts above-the-fold text needs,
/// stylesheets reached only through <c>@import</c>, <c>modulepreload</c> for the static imports
/// of entry modules, and <c>preconnect</c> for at most two other origins serving fonts or
/// stylesheets (never the site's own addresses; <c>crossorigin</c> only where the requests are CORS). Nothing the page already hints is hinted again, so a second run adds nothing.
/// </summary>
internal static class PreloadPlanner
{
    private const int MaxFonts = 2;
    private const int MaxPreconnects = 2;

    /// <param name="document">The page, its image markup already rewritten.</param>
    /// <param name="pagePath">Its site path.</param>
    /// <param name="styles">Its CSS.</param>
    /// <param name="lcpImage">The preload of its LCP image, when the browser would find that late.</param>
    /// <param name="hero">A CSS background hero, whose text needs fonts.</param>
    /// <param name="readText">Reads a site file's text.</param>
    /// <param name="max">Most hints a page may have.</param>
    public static IReadOnlyList<Preload> Plan(
        IDocument document, string pagePath, PageStyles styles, Preload? lcpImage, BackgroundHero? hero,
        Func<string, string?> readText, int max)
    {
        var hints = new List<Preload>();
        // An image preload the author (or an earlier run) wrote already says which file the page
        // needs first; a second one would only compete with it.
        if (lcpImage is not null && document.QuerySelector("link[rel~=preload][as=image]") is null)
        {
            hints.Add(lcpImage);
        }
        var fonts = FontPreloads.Find(document, styles, hero).Take(MaxFonts).ToList();
        hints.AddRange(fonts.Select(f => new Preload("preload", f, "font", FontType(f), CrossOrigin: true)));
        hints.AddRange(styles.Sheets.Where(s => s.ImportDepth > 0).Select(s => new Preload("preload", s.Path, "style")));
        hints.AddRange(EntryModuleImports(document, pagePath, readText).Select(m => new Preload("modulepreload", m)));
        // A connection serves only requests of its own mode: fonts are fetched with CORS, a
        // stylesheet only when it says crossorigin. The site's own address needs no connection.
        var connections = fonts.Select(f => (Url: f, Cors: true))
            .Concat(document.QuerySelectorAll("link[rel~=stylesheet][href]").Select(l => (Url: l.GetAttribute("href")!, Cors: l.HasAttribute("crossorigin"))));
        var origins = connections
            .Select(c => (Origin: OtherOrigin(pagePath, c.Url), c.Cors))
            .Where(c => c.Origin is not null)
            .GroupBy(c => c.Origin!, StringComparer.OrdinalIgnoreCase)
            .Take(MaxPreconnects);
        hints.InsertRange(0, origins.Select(o => new Preload("preconnect", o.Key, CrossOrigin: o.Any(c => c.Cors))));

        // The cap counts the hints the page already has, the author's and an earlier run's alike.
        var present = document.QuerySelectorAll("link[rel~=preload], link[rel~=modulepreload], link[rel~=preconnect]").Length;
        var existing = Existing(document, pagePath);
        return hints.Where(h => existing.Add(h.Target)).Take(Math.Max(0, max - present)).ToList();
    }

    /// <summary>Adds the hints at the top of <c>&lt;head&gt;</c>, before the first stylesheet or script.</summary>
    public static void Insert(IDocument document, string pagePath, IReadOnlyList<Preload> hints)
    {
        if (hints.Count == 0 || document.Head is not { } head)
        {
            return;
        }
        // Before the first stylesheet or script; in a head without any, before the whitespace that ends it.
        INode? anchor = head.QuerySelector("link[rel~=stylesheet], script, style");
        anchor ??= head.LastChild is IText { Data: var space } last && string.IsNullOrWhiteSpace(space) ? last : null;
        foreach (var hint in hints)
        {
            var link = document.CreateElement("link");
            link.SetAttribute("rel", hint.Rel);
            if (hint.ImageSrcset is null)
            {
                link.SetAttribute("href", hint.Target.Contains("://", StringComparison.Ordinal) ? hint.Target : SitePaths.RelativeUrl(pagePath, hint.Target));
            }
            SetIf(link, "as", hint.As);
            SetIf(link, "imagesrcset", hint.ImageSrcset);
            SetIf(link, "imagesizes", hint.ImageSizes);
            SetIf(link, "type", hint.Type);
            SetIf(link, "fetchpriority", hint.FetchPriority);
            if (hint.CrossOrigin)
            {
                link.SetAttribute("crossorigin", "");
            }
            var indent = document.CreateTextNode("\n  ");
            head.InsertBefore(anchor is IText ? indent : link, anchor);
            head.InsertBefore(anchor is IText ? link : indent, anchor);
        }
    }

    private static IEnumerable<string> EntryModuleImports(IDocument document, string pagePath, Func<string, string?> readText)
    {
        foreach (var script in document.QuerySelectorAll("script[type=module][src]"))
        {
            if (SitePaths.Resolve(pagePath, script.GetAttribute("src")!) is not { } module || readText(module) is not { } code)
            {
                continue;
            }
            foreach (var import in ModuleImportExtractor.Extract(code).References.Where(r => !r.IsAsync))
            {
                if (SitePaths.Resolve(module, import.Url) is { } imported)
                {
                    yield return imported;
                }
            }
        }
    }

    // What the page already hints: each href (as written and as a site path), its origin, and
    // every candidate of an image preload's imagesrcset.
    private static HashSet<string> Existing(IDocument document, string pagePath)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.QuerySelectorAll("link[rel~=preload], link[rel~=modulepreload], link[rel~=preconnect]"))
        {
            var urls = SrcsetParser.Parse(link.GetAttribute("imagesrcset") ?? "").Select(c => c.Url);
            foreach (var url in link.GetAttribute("href") is { } href ? urls.Append(href) : urls)
            {
                targets.Add(url);
                if (SitePaths.Resolve(pagePath, url) is { } path)
                {
                    targets.Add(path);
                }
                if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
                {
                    targets.Add(absolute.GetLeftPart(UriPartial.Authority));
                }
            }
        }
        return targets;
    }

    // The origin of a URL on another site; null for the site's own files, wherever they are written to be.
    private static string? OtherOrigin(string pagePath, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            && SitePaths.Resolve(pagePath, url) is null
            ? absolute.GetLeftPart(UriPartial.Authority)
            : null;

    private static string? FontType(string font) => Path.GetExtension(font).ToLowerInvariant() switch
    {
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".ttf" => "font/ttf",
        ".otf" => "font/otf",
        _ => null,
    };

    private static void SetIf(IElement element, string name, string? value)
    {
        if (value is not null)
        {
            element.SetAttribute(name, value);
        }
    }
}
