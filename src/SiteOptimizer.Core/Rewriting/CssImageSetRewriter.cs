using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Offers AVIF and WebP for CSS background images: after each single-image
/// <c>background-image: url(x.jpg)</c> it adds a second declaration with
/// <c>image-set(url(x.avif) type("image/avif"), url(x.webp) type("image/webp"), url(x.jpg) type("image/jpeg"))</c>.
/// A browser that does not understand it drops that declaration and keeps the first, so the
/// change is safe everywhere. Rules that already use <c>image-set()</c> are left alone.
/// </summary>
internal static class CssImageSetRewriter
{
    /// <summary>The rewritten stylesheet (null when unchanged) and the site paths of the images now offered in other formats.</summary>
    public static (string? Css, IReadOnlyList<string> Images) Rewrite(string cssPath, string css, ImageCatalog catalog)
    {
        var insertions = new List<(int At, string Text)>();
        var images = new List<string>();
        foreach (var rule in CssStylesheet.Parse(css).Rules)
        {
            if (rule.Declarations.Any(d => d.Value.Contains("image-set(", StringComparison.OrdinalIgnoreCase)))
            {
                // Offered already (an earlier run, or the author): still an image with other formats.
                if (OfferedImage(cssPath, rule, catalog) is { } offered)
                {
                    images.Add(offered);
                }
                continue;
            }
            var declaration = rule.Declarations.LastOrDefault(d => d.Property == "background-image");
            var references = declaration is null ? [] : CssReferenceExtractor.Extract(declaration.Value).References;
            if (declaration is null || references.Count != 1 || !declaration.Value.StartsWith("url(", StringComparison.OrdinalIgnoreCase) || !declaration.Value.EndsWith(')'))
            {
                continue;
            }
            if (catalog.Find(SitePaths.Resolve(cssPath, references[0].Url)) is not { } image)
            {
                continue;
            }
            var options = new[] { ImageFormat.Avif, ImageFormat.WebP }
                .Select(f => image.Full(f))
                .OfType<ImageSource>()
                .Select(s => $"url(\"{SitePaths.RelativeUrl(cssPath, s.Path)}\") type(\"{s.Format.MediaType()}\")")
                .ToList();
            if (options.Count == 0)
            {
                continue;
            }
            options.Add($"{declaration.Value} type(\"{image.Format.MediaType()}\")");
            insertions.Add((declaration.End, $";\n  background-image: image-set({string.Join(", ", options)})"));
            images.Add(image.Path);
        }
        if (insertions.Count == 0)
        {
            return (null, images);
        }
        return (Insert(css, insertions), images);
    }

    private static string? OfferedImage(string cssPath, CssStyleRule rule, ImageCatalog catalog) => rule.Declarations
        .Where(d => d.Property is "background-image" or "background")
        .SelectMany(d => CssReferenceExtractor.Extract(d.Value).References)
        .Select(r => catalog.Find(SitePaths.Resolve(cssPath, r.Url)))
        .FirstOrDefault(e => e is not null && (e.Full(ImageFormat.Avif) is not null || e.Full(ImageFormat.WebP) is not null))?.Path;

    private static string Insert(string css, List<(int At, string Text)> insertions)
    {
        var rewritten = css;
        foreach (var (at, text) in insertions.OrderByDescending(i => i.At))
        {
            rewritten = rewritten.Insert(at, text);
        }
        return rewritten;
    }
}
