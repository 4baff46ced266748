using System.Globalization;
using AngleSharp.Dom;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Rewrites one <c>&lt;img&gt;</c>: intrinsic <c>width</c>/<c>height</c>, loading hints for its
/// place on the page, a <c>srcset</c> of smaller widths, and a <c>&lt;picture&gt;</c> offering AVIF
/// and WebP. Markup the author already made responsive (a <c>srcset</c>, a <c>&lt;picture&gt;</c>) is
/// respected: only dimensions and loading hints are added to it.
/// </summary>
internal static class ImageMarkup
{
    /// <summary>Applies the rules; returns true when <c>sizes</c> had to fall back to <c>100vw</c>.</summary>
    /// <param name="image">The image.</param>
    /// <param name="entry">Its file.</param>
    /// <param name="pagePath">The page's site path.</param>
    /// <param name="placement">Where it is on the page.</param>
    /// <param name="cssWidth">A fixed CSS width the author gives it, if any.</param>
    /// <param name="canWrap">Whether it can be wrapped in a <c>&lt;picture&gt;</c> without losing a style rule.</param>
    /// <param name="canSize">Whether <c>width</c>/<c>height</c> can be added without distorting it.</param>
    /// <param name="options">The hints to apply.</param>
    public static bool Apply(IElement image, CatalogEntry entry, string pagePath, ImagePlacement placement, string? cssWidth, bool canWrap, bool canSize, HintsOptions options)
    {
        var authorWidth = Number(image.GetAttribute("width"));
        if (options.Dimensions && canSize)
        {
            AddDimensions(image, entry);
        }
        if (options.LazyLoading)
        {
            AddLoadingHints(image, placement);
        }
        var respected = image.HasAttribute("srcset") || image.ParentElement?.LocalName == "picture";
        if (respected)
        {
            return false;
        }
        var sizes = cssWidth ?? (authorWidth is { } w ? $"(max-width: {w}px) 100vw, {w}px" : "100vw");
        var usedSizes = false;
        if (options.Srcset && entry.Of(entry.Format).Count > 1)
        {
            image.SetAttribute("srcset", Srcset(entry.Of(entry.Format), pagePath));
            image.SetAttribute("sizes", sizes);
            usedSizes = true;
        }
        var alternatives = new[] { ImageFormat.Avif, ImageFormat.WebP }.Where(f => f != entry.Format && entry.Of(f).Count > 0).ToList();
        if (options.Picture && canWrap && alternatives.Count > 0)
        {
            Wrap(image, entry, alternatives, pagePath, options.Srcset ? sizes : null);
            usedSizes |= options.Srcset && alternatives.Any(f => entry.Of(f).Count > 1);
        }
        return usedSizes && cssWidth is null && authorWidth is null;
    }

    private static void AddDimensions(IElement image, CatalogEntry entry)
    {
        var width = Number(image.GetAttribute("width"));
        var height = Number(image.GetAttribute("height"));
        if (width is not null && height is not null)
        {
            return;
        }
        image.SetAttribute("width", Text(width ?? (height is { } h ? (int)Math.Round((double)h * entry.Width / entry.Height) : entry.Width)));
        image.SetAttribute("height", Text(height ?? (width is { } w ? (int)Math.Round((double)w * entry.Height / entry.Width) : entry.Height)));
        image.SetAttribute(DimensionStyle.Marker, "");
    }

    private static void AddLoadingHints(IElement image, ImagePlacement placement)
    {
        if (placement == ImagePlacement.BelowFold)
        {
            if (!image.HasAttribute("loading"))
            {
                image.SetAttribute("loading", "lazy");
            }
            if (!image.HasAttribute("decoding"))
            {
                image.SetAttribute("decoding", "async");
            }
            return;
        }
        if (string.Equals(image.GetAttribute("loading"), "lazy", StringComparison.OrdinalIgnoreCase))
        {
            image.RemoveAttribute("loading");
        }
        if (placement == ImagePlacement.Lcp && !image.HasAttribute("fetchpriority"))
        {
            image.SetAttribute("fetchpriority", "high");
        }
    }

    private static void Wrap(IElement image, CatalogEntry entry, List<ImageFormat> formats, string pagePath, string? sizes)
    {
        var document = image.Owner!;
        var picture = document.CreateElement("picture");
        image.Parent!.InsertBefore(picture, image);
        foreach (var format in formats)
        {
            var source = document.CreateElement("source");
            source.SetAttribute("type", format.MediaType());
            var candidates = sizes is null ? [entry.Full(format) ?? entry.Of(format)[^1]] : entry.Of(format);
            source.SetAttribute("srcset", candidates.Count == 1 && sizes is null ? SitePaths.RelativeUrl(pagePath, candidates[0].Path) : Srcset(candidates, pagePath));
            if (sizes is not null && candidates.Count > 0)
            {
                source.SetAttribute("sizes", sizes);
            }
            picture.AppendChild(source);
        }
        picture.AppendChild(image);
    }

    private static string Srcset(IReadOnlyList<ImageSource> sources, string pagePath) =>
        string.Join(", ", sources.Select(s => $"{SitePaths.RelativeUrl(pagePath, s.Path)} {Text(s.Width)}w"));

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
