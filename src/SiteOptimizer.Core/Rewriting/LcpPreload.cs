using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// The preload of a page's LCP image, made to request exactly the file the page will use, so
/// that it is never a second download: the same <c>srcset</c> and <c>sizes</c> as the
/// <c>&lt;img&gt;</c> or the <c>&lt;source&gt;</c> a browser takes first (with its <c>type</c>, so a
/// browser that cannot show that format skips the preload and takes the next source).
/// </summary>
internal static class LcpPreload
{
    /// <summary>A CSS background: the browser takes the first format of the <c>image-set()</c> it can show, at full size.</summary>
    public static Preload ForBackground(BackgroundHero hero, bool hasImageSet) =>
        (hasImageSet ? hero.Image.Full(ImageFormat.Avif) : null) is { } avif
            ? new Preload("preload", avif.Path, "image", ImageFormat.Avif.MediaType(), FetchPriority: "high")
            : new Preload("preload", hero.Image.Path, "image", TypeOf(hero.Image.Path), FetchPriority: "high");

    /// <summary>An image a script inserts: the URL, or the <c>srcset</c> and <c>sizes</c>, it sets.</summary>
    public static Preload ForScript(ScriptHero hero, string pagePath)
    {
        if (hero.Srcset.Count == 0)
        {
            return new Preload("preload", hero.Image.Path, "image", TypeOf(hero.Image.Path), FetchPriority: "high");
        }
        var types = hero.Srcset.Select(c => TypeOf(c.Path)).Distinct().ToList();
        var srcset = string.Join(", ", hero.Srcset.Select(c => SitePaths.RelativeUrl(pagePath, c.Path) + (c.Descriptor is { } d ? " " + d : "")));
        return new Preload("preload", hero.Srcset[^1].Path, "image", types is [var only] ? only : null, FetchPriority: "high")
        {
            ImageSrcset = srcset,
            ImageSizes = hero.Sizes,
        };
    }

    /// <summary>
    /// An <c>&lt;img&gt;</c> as rewritten; null where no single preload can match it: art direction
    /// (a <c>&lt;source media&gt;</c> picks by viewport) or credentialed CORS.
    /// </summary>
    public static Preload? ForImage(IElement image, string pagePath)
    {
        var picture = image.ParentElement is { LocalName: "picture" } parent ? parent : null;
        var sources = picture?.Children.Where(c => c.LocalName == "source").ToList() ?? [];
        if (sources.Any(s => s.HasAttribute("media")) || image.GetAttribute("crossorigin") is "use-credentials")
        {
            return null;
        }
        var chosen = sources.FirstOrDefault(s => s.HasAttribute("srcset")) ?? image;
        var srcset = chosen.GetAttribute("srcset");
        var type = chosen == image ? null : chosen.GetAttribute("type");
        var crossOrigin = image.HasAttribute("crossorigin");
        var candidates = srcset is null ? [] : SrcsetParser.Parse(srcset);
        if (candidates.Count > 1 || candidates is [{ Descriptor: not null and not "1x" }])
        {
            return SitePaths.Resolve(pagePath, candidates[^1].Url) is { } widest
                ? new Preload("preload", widest, "image", type, crossOrigin, "high") { ImageSrcset = srcset, ImageSizes = chosen.GetAttribute("sizes") }
                : null;
        }
        var url = candidates is [var single] ? single.Url : image.GetAttribute("src");
        return url is not null && SitePaths.Resolve(pagePath, url) is { } path
            ? new Preload("preload", path, "image", type ?? TypeOf(path), crossOrigin, "high")
            : null;
    }

    // Only the modern formats get a type: every browser shows JPEG, PNG and GIF.
    private static string? TypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".avif" => ImageFormat.Avif.MediaType(),
        ".webp" => ImageFormat.WebP.MediaType(),
        _ => null,
    };
}
