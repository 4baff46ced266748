using AngleSharp.Dom;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The page's likely LCP element, by the same fold estimate the rewriter uses: a CSS background
/// hero before the first content image, else the first large content image above the fold, else
/// the first heading (or paragraph) as a text block, drawn in its web font.
/// </summary>
internal static class PageLcp
{
    private static readonly string[] s_blockingDisplays = ["auto", "block"];

    public static LcpTarget Find(
        IDocument document, RequestList list, BackgroundHero? hero, List<(string Path, IElement Element, int Request)> backgrounds,
        Dictionary<IElement, ImagePlacement> placements, Dictionary<IElement, int> chosen, FontUsage fonts, SiteFiles files, ModelConstants constants)
    {
        if (hero is not null && backgrounds.FirstOrDefault(b => b.Element == hero.Element) is { Path: not null } background)
        {
            return ImageTarget(background.Path, background.Request, files, constants);
        }
        var lcpImage = placements.FirstOrDefault(p => p.Value == ImagePlacement.Lcp).Key;
        if (lcpImage is not null && chosen.TryGetValue(lcpImage, out var request))
        {
            return ImageTarget(list.Requests[request].Url, request, files, constants);
        }
        var text = document.Body?.QuerySelector("h1") ?? document.Body?.QuerySelector("p");
        if (text is null)
        {
            return new LcpTarget("(no content)");
        }
        var description = $"<{text.LocalName}> {Shorten(text.TextContent)}";
        if (fonts.Of(text) is not { } font || list.IndexOf(font.Path) is var index && index < 0)
        {
            return new LcpTarget(description);
        }
        return new LcpTarget(description, Font: index, FontBlocksText: s_blockingDisplays.Contains(font.Face.Display));
    }

    private static LcpTarget ImageTarget(string path, int request, SiteFiles files, ModelConstants constants)
    {
        var megapixels = files.Probe(path) is { } probe ? probe.Width * (double)probe.Height / 1e6 : 0;
        return new LcpTarget(path, Image: request, DecodeCpuMs: megapixels * constants.DecodeMsPerMegapixel);
    }

    private static string Shorten(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= 60 ? collapsed : collapsed[..57] + "...";
    }
}
