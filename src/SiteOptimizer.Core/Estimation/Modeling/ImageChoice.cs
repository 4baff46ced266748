using AngleSharp.Dom;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// Which file the browser fetches for an image: the first <c>&lt;source&gt;</c> of a
/// <c>&lt;picture&gt;</c> whose type Chromium decodes and whose media matches, then the
/// <c>srcset</c> candidate Chromium's selection logic picks for the viewport and pixel density.
/// </summary>
internal static class ImageChoice
{
    private static readonly string[] s_decodable = ["image/avif", "image/webp", "image/jpeg", "image/png", "image/gif", "image/svg+xml", "image/apng", "image/bmp", "image/x-icon"];

    /// <summary>The URL, as written, that an <c>&lt;img&gt;</c> loads; null when it loads nothing.</summary>
    public static string? For(IElement image, NetworkProfile profile)
    {
        if (image.ParentElement is { LocalName: "picture" } picture)
        {
            foreach (var source in picture.Children.Where(c => c.LocalName == "source"))
            {
                var type = source.GetAttribute("type")?.Trim().ToLowerInvariant();
                if ((type is null || s_decodable.Contains(type)) && ViewportMedia.Matches(source.GetAttribute("media"), profile)
                    && Pick(source.GetAttribute("srcset"), source.GetAttribute("sizes"), null, profile) is { } url)
                {
                    return url;
                }
            }
        }
        return Pick(image.GetAttribute("srcset"), image.GetAttribute("sizes"), image.GetAttribute("src"), profile);
    }

    /// <summary>Chromium's choice among a <c>srcset</c>'s candidates (and <c>src</c> as 1x).</summary>
    public static string? Pick(string? srcset, string? sizes, string? src, NetworkProfile profile)
    {
        var slot = ViewportMedia.SlotWidth(sizes, profile);
        var candidates = SrcsetParser.Parse(srcset ?? "").Select(c => (c.Url, Density: Density(c.Descriptor, slot))).Where(c => c.Density > 0).ToList();
        var fallback = FetchableUrl.TrimAsciiWhitespace(src ?? "");
        var widthDescribed = SrcsetParser.Parse(srcset ?? "").Any(c => c.Descriptor?.EndsWith('w') == true);
        if (fallback.Length > 0 && !widthDescribed && candidates.All(c => c.Density != 1))
        {
            candidates.Add((fallback, 1));
        }
        if (candidates.Count == 0)
        {
            return fallback.Length > 0 ? fallback : null;
        }
        candidates.Sort((a, b) => a.Density.CompareTo(b.Density));
        var scale = profile.DeviceScaleFactor;
        var i = 0;
        for (; i < candidates.Count - 1; i++)
        {
            var next = candidates[i + 1].Density;
            if (next < scale)
            {
                continue;
            }
            var current = candidates[i].Density;
            if ((scale <= 1 && scale > current) || scale >= Math.Sqrt(current * next))
            {
                return candidates[i + 1].Url;
            }
            break;
        }
        return candidates[i].Url;
    }

    private static double Density(string? descriptor, double slot)
    {
        if (string.IsNullOrEmpty(descriptor))
        {
            return 1;
        }
        var number = double.TryParse(descriptor[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
        return descriptor[^1] switch
        {
            'w' => slot > 0 ? number / slot : 0,
            'x' => number,
            _ => 0,
        };
    }
}
