using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Offers AVIF and WebP for CSS background images: after each <c>background</c> or
/// <c>background-image</c> declaration naming an image of ours, it adds a <c>background-image</c>
/// with the same layers, that image's <c>url(x.jpg)</c> replaced by
/// <c>image-set(url(x.avif) type("image/avif"), url(x.webp) type("image/webp"), url(x.jpg) type("image/jpeg"))</c>.
/// A shorthand is never re-serialised: the longhand after it overrides only its images. A browser
/// that does not understand the new declaration drops it and keeps the one before, so the change
/// is safe everywhere; and a declaration the browser already dropped (a vendor-prefixed or
/// misspelt gradient) gets a copy it drops too. Rules that already use <c>image-set()</c> are left alone.
/// </summary>
internal static class CssImageSetRewriter
{
    /// <summary>The rewritten stylesheet (null when unchanged) and the site paths of the images now offered in other formats.</summary>
    /// <param name="basePath">The site path URLs in the CSS are relative to: the stylesheet's, or the page's for a <c>&lt;style&gt;</c> block.</param>
    /// <param name="css">The CSS.</param>
    /// <param name="catalog">The site's images.</param>
    /// <param name="quote">The quote written around new URLs and types (<c>'</c> inside a <c>style</c> attribute).</param>
    public static (string? Css, IReadOnlyList<string> Images) Rewrite(string basePath, string css, ImageCatalog catalog, char quote = '"')
    {
        var insertions = new List<(int At, string Text)>();
        var images = new List<string>();
        foreach (var rule in CssStylesheet.Parse(css).Rules)
        {
            if (rule.Declarations.Any(d => d.Value.Contains("image-set(", StringComparison.OrdinalIgnoreCase)))
            {
                // Offered already (an earlier run, or the author): still an image with other formats.
                if (OfferedImage(basePath, rule, catalog) is { } offered)
                {
                    images.Add(offered);
                }
                continue;
            }
            foreach (var declaration in rule.Declarations.Where(d => d.Property is "background" or "background-image"))
            {
                if (Layers(basePath, declaration.Value, catalog, quote, images) is not { } layers)
                {
                    continue;
                }
                var important = css[declaration.Start..declaration.End].EndsWith("important", StringComparison.OrdinalIgnoreCase) ? " !important" : "";
                var separator = quote == '"' ? ";\n" + Indentation(css, declaration.Start) : "; ";
                insertions.Add((declaration.End, $"{separator}background-image: {layers}{important}"));
            }
        }
        return insertions.Count == 0 ? (null, images) : (Insert(css, insertions), images);
    }

    /// <summary>A <c>style</c> attribute rewritten the same way (null when unchanged), and the images offered in it.</summary>
    public static (string? Style, IReadOnlyList<string> Images) RewriteInline(string pagePath, string style, ImageCatalog catalog)
    {
        var (css, images) = Rewrite(pagePath, "x{" + style + "}", catalog, '\'');
        return (css?[2..^1], images);
    }

    // The declaration's layers as a background-image value, each image of ours in an image-set(); null when none is ours.
    private static string? Layers(string basePath, string value, ImageCatalog catalog, char quote, List<string> images)
    {
        var offered = false;
        var layers = new List<string>();
        foreach (var span in BackgroundLayers.Images(value))
        {
            var image = span is { } s ? value.Substring(s.Start, s.Length) : "none";
            if (BackgroundLayers.IsUrl(image) && ImageSet(basePath, image, catalog, quote) is { } set)
            {
                layers.Add(set.Text);
                images.Add(set.Path);
                offered = true;
                continue;
            }
            layers.Add(image);
        }
        return offered ? string.Join(", ", layers) : null;
    }

    private static (string Text, string Path)? ImageSet(string basePath, string url, ImageCatalog catalog, char quote)
    {
        if (CssReferenceExtractor.Extract(url).References is not [var reference] || catalog.Find(SitePaths.Resolve(basePath, reference.Url)) is not { IsIcon: false } image)
        {
            return null;
        }
        var options = new[] { ImageFormat.Avif, ImageFormat.WebP }
            .Select(image.Full)
            .OfType<ImageSource>()
            .Select(s => $"url({quote}{SitePaths.RelativeUrl(basePath, s.Path)}{quote}) type({quote}{s.Format.MediaType()}{quote})")
            .ToList();
        if (options.Count == 0)
        {
            return null;
        }
        options.Add($"{url} type({quote}{image.Format.MediaType()}{quote})");
        return ($"image-set({string.Join(", ", options)})", image.Path);
    }

    private static string? OfferedImage(string basePath, CssStyleRule rule, ImageCatalog catalog) => rule.Declarations
        .Where(d => d.Property is "background-image" or "background")
        .SelectMany(d => CssReferenceExtractor.Extract(d.Value).References)
        .Select(r => catalog.Find(SitePaths.Resolve(basePath, r.Url)))
        .FirstOrDefault(e => e is not null && (e.Full(ImageFormat.Avif) is not null || e.Full(ImageFormat.WebP) is not null))?.Path;

    // The whitespace that starts the declaration's line, so the new one lines up with it.
    private static string Indentation(string css, int start)
    {
        var lineStart = css.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var indentation = css[lineStart..start];
        return indentation.All(c => c is ' ' or '\t') ? indentation : "  ";
    }

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
