using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Chooses a page's hints, most valuable first, up to hints.maxPreloadsPerPage: the LCP image
/// when the browser would find it late (a CSS background), the fonts above-the-fold text needs,
/// stylesheets reached only through <c>@import</c>, <c>modulepreload</c> for the static imports
/// of entry modules, and <c>preconnect</c> for at most two other origins serving fonts or
/// stylesheets. Nothing the page already hints is hinted again, so a second run adds nothing.
/// </summary>
internal static class PreloadPlanner
{
    private const int MaxFonts = 2;
    private const int MaxPreconnects = 2;

    public static IReadOnlyList<Preload> Plan(
        IDocument document, string pagePath, PageStyles styles, BackgroundHero? hero, bool heroHasImageSet,
        Func<string, string?> readText, int max)
    {
        var hints = new List<Preload>();
        if (hero is not null)
        {
            var avif = heroHasImageSet ? hero.Image.Full(ImageFormat.Avif) : null;
            hints.Add(avif is not null
                ? new Preload("preload", avif.Path, "image", ImageFormat.Avif.MediaType(), FetchPriority: "high")
                : new Preload("preload", hero.Image.Path, "image", FetchPriority: "high"));
        }
        var fonts = FontPreloads.Find(document, styles, hero).Take(MaxFonts).ToList();
        hints.AddRange(fonts.Select(f => new Preload("preload", f, "font", FontType(f), CrossOrigin: true)));
        hints.AddRange(styles.Sheets.Where(s => s.ImportDepth > 0).Select(s => new Preload("preload", s.Path, "style")));
        hints.AddRange(EntryModuleImports(document, pagePath, readText).Select(m => new Preload("modulepreload", m)));
        var origins = fonts.Concat(document.QuerySelectorAll("link[rel~=stylesheet][href]").Select(l => l.GetAttribute("href")!))
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var a) && a.Scheme is "http" or "https" ? a.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>().Distinct().Take(MaxPreconnects);
        hints.InsertRange(0, origins.Select(o => new Preload("preconnect", o, CrossOrigin: true)));

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
        var anchor = head.QuerySelector("link[rel~=stylesheet], script, style");
        foreach (var hint in hints)
        {
            var link = document.CreateElement("link");
            link.SetAttribute("rel", hint.Rel);
            link.SetAttribute("href", hint.Target.Contains("://", StringComparison.Ordinal) ? hint.Target : SitePaths.RelativeUrl(pagePath, hint.Target));
            SetIf(link, "as", hint.As);
            SetIf(link, "type", hint.Type);
            SetIf(link, "fetchpriority", hint.FetchPriority);
            if (hint.CrossOrigin)
            {
                link.SetAttribute("crossorigin", "");
            }
            head.InsertBefore(link, anchor);
            head.InsertBefore(document.CreateTextNode("\n  "), anchor);
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

    private static HashSet<string> Existing(IDocument document, string pagePath)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.QuerySelectorAll("link[rel~=preload][href], link[rel~=modulepreload][href], link[rel~=preconnect][href]"))
        {
            var href = link.GetAttribute("href")!;
            targets.Add(href);
            if (SitePaths.Resolve(pagePath, href) is { } path)
            {
                targets.Add(path);
            }
            if (Uri.TryCreate(href, UriKind.Absolute, out var absolute))
            {
                targets.Add(absolute.GetLeftPart(UriPartial.Authority));
            }
        }
        return targets;
    }

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
