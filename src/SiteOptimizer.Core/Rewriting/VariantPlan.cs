using AngleSharp.Html.Parser;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Decides, before any image is encoded, which images need which variants: an <c>&lt;img&gt;</c>
/// the rewriter will make responsive gets AVIF and WebP at every width; a CSS background
/// image (any layer of a <c>background</c> or <c>background-image</c>, in a stylesheet, a
/// <c>&lt;style&gt;</c> block or a <c>style</c> attribute) gets them at full size. Icons, animations and markup the author already made
/// responsive get none, so no file is written that no page references.
/// </summary>
internal static class VariantPlan
{
    public static Dictionary<string, ImageVariants> Build(
        IEnumerable<(string Path, string Html)> pages, IEnumerable<(string Path, string Css)> stylesheets,
        Func<string, ProbedImage?> probe, ImageOptions images, HintsOptions hints)
    {
        var plan = new Dictionary<string, ImageVariants>(StringComparer.Ordinal);
        if (!hints.Enabled)
        {
            return plan;
        }
        var widths = hints.Srcset ? images.Widths : [];
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        var backgrounds = new List<(string BasePath, string Css)>(hints.CssImageSet ? stylesheets : []);
        foreach (var (pagePath, html) in pages)
        {
            using var document = parser.ParseDocument(html);
            foreach (var image in document.QuerySelectorAll("img[src]:not([srcset])"))
            {
                if (image.ParentElement?.LocalName != "picture" && SitePaths.Resolve(pagePath, image.GetAttribute("src")!) is { } path && Wants(probe(path)))
                {
                    Add(plan, path, new ImageVariants(hints.Picture, widths));
                }
            }
            if (hints.CssImageSet)
            {
                backgrounds.AddRange(document.QuerySelectorAll("style").Select(s => (pagePath, s.TextContent)));
                backgrounds.AddRange(document.QuerySelectorAll("[style]").Select(e => (pagePath, "x{" + e.GetAttribute("style") + "}")));
            }
        }
        foreach (var (basePath, css) in backgrounds)
        {
            foreach (var url in BackgroundUrls(css))
            {
                if (SitePaths.Resolve(basePath, url) is { } path && Wants(probe(path)))
                {
                    Add(plan, path, new ImageVariants(true, []));
                }
            }
        }
        return plan;
    }

    // As CssImageSetRewriter reads them: a rule with image-set() already has its other formats.
    private static IEnumerable<string> BackgroundUrls(string css) => CssStylesheet.Parse(css).Rules
        .Where(r => !r.Declarations.Any(d => d.Value.Contains("image-set(", StringComparison.OrdinalIgnoreCase)))
        .SelectMany(r => r.Declarations)
        .Where(d => d.Property is "background" or "background-image")
        .SelectMany(d => CssReferenceExtractor.Extract(d.Value).References)
        .Select(r => r.Url);

    private static bool Wants(ProbedImage? image) => image is { IsIcon: false, Animated: false };

    private static void Add(Dictionary<string, ImageVariants> plan, string path, ImageVariants wanted) =>
        plan[path] = plan.TryGetValue(path, out var existing)
            ? new ImageVariants(existing.OtherFormats || wanted.OtherFormats, [.. existing.Widths.Union(wanted.Widths)])
            : wanted;
}
