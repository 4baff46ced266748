using AngleSharp.Html.Parser;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Decides, before any image is encoded, which images need which variants: an <c>&lt;img&gt;</c>
/// the rewriter will make responsive gets AVIF and WebP at every width; a CSS background
/// image gets them at full size. Icons, animations and markup the author already made
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
        }
        if (hints.CssImageSet)
        {
            foreach (var (cssPath, css) in stylesheets)
            {
                foreach (var rule in CssStylesheet.Parse(css).Rules)
                {
                    if (rule.Last("background-image") is { } declaration
                        && CssReferenceExtractor.Extract(declaration.Value).References is [var only]
                        && SitePaths.Resolve(cssPath, only.Url) is { } path && Wants(probe(path)))
                    {
                        Add(plan, path, new ImageVariants(true, []));
                    }
                }
            }
        }
        return plan;
    }

    private static bool Wants(ProbedImage? image) => image is { IsIcon: false, Animated: false };

    private static void Add(Dictionary<string, ImageVariants> plan, string path, ImageVariants wanted) =>
        plan[path] = plan.TryGetValue(path, out var existing)
            ? new ImageVariants(existing.OtherFormats || wanted.OtherFormats, [.. existing.Widths.Union(wanted.Widths)])
            : wanted;
}
